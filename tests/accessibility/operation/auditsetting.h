// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QString>

/// @brief One way a visitor can have the kiosk set up: colours, text size, language, screen
/// orientation and the low-reach layout.
struct AuditSetting
{
    QString theme;
    int textSizeStep = 0;
    QString language;
    QSize size;
    bool lowReach = false;

    /// "yellow-on-black, text 4, en, portrait": how a failure names the setting.
    [[nodiscard]] QString label() const;
    /// Puts the kiosk's visitor settings into this setting (the window is resized by the caller).
    void apply() const;

    /// Every theme x text size x language x orientation (4 x 4 x 2 x 2 = 64), ordered so the
    /// language (the slowest to switch: every word is looked up again) changes least often;
    /// then low reach on a portrait screen at the default and the largest text.
    [[nodiscard]] static QList<AuditSetting> all();
};
