// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

/// @brief What the `kiosk` program was asked to do, from its command line.
struct CommandLine
{
    QString configPath;
    QString screenshotPath; ///< Non-empty: render one page to this PNG and exit.
    QString page = QStringLiteral("attract");
    QString language; ///< Empty: the configured default.
    QSize size{1920, 1080};
    int textSizeStep = -1; ///< -1: the configured default.
    QString theme; ///< Empty: the configured default.
    QString certificateState; ///< Empty: the usual demo visitor (ScreenshotFixture::setCertificateState).
    bool windowed = false;
    /// `kiosk --check`: check the station (config, store, credential, reader, speech, audio,
    /// server), one line each, and exit 0 or 1 (kiosk/check/stationcheckup.h). No window.
    bool check = false;
    bool quitOnFirstFrame = false; ///< Start as usual, say when the first frame is drawn, quit (cold-start benchmark).
    bool showHelp = false;
    bool showVersion = false;
    QStringList errors; ///< One plain line per bad option.

    [[nodiscard]] static CommandLine parse(const QStringList &arguments, QString *helpText);
    /// Maps "1.3", "130%", "2" or a step number 1-4 to the nearest text-size step (0-3).
    [[nodiscard]] static int textSizeStepFor(const QString &scale);
    /// Every page `--page` can render, the attract screen first.
    [[nodiscard]] static const QStringList &pageNames();
};
