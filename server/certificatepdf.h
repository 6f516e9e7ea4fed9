// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace server {

/// @brief Prints an HTML page to an A4 PDF with QTextDocument and QPdfWriter (Qt GUI; the
/// Mandarin needs a CJK font such as fonts-noto-cjk). Needs a QGuiApplication: kiosk-server
/// starts one, on the offscreen platform, only for the commands that print.
class CertificatePdf
{
public:
    /// Whether this process can print (a QGuiApplication exists).
    [[nodiscard]] static bool available();
    /// Writes `html` to `path`; false with `problem` when it cannot.
    static bool write(const QString &html, const QString &title, const QString &path, QString *problem);
    /// The PDF in memory (the console hands it to the browser; nothing personal touches the
    /// disk). Callable from any thread: one print at a time. nullopt with `problem` when not.
    [[nodiscard]] static std::optional<QByteArray> render(const QString &html, const QString &title, QString *problem);
};

} // namespace server
