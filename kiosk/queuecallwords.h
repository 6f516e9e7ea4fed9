// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// @brief The words of a queue number: how it is shown and how eSpeak NG must be given it so
/// that it is heard letter by letter and digit by digit.
///
/// eSpeak reads "A012" as "A twelve" (English) and as 零十二 (Mandarin), and a lone "A" in
/// English as the article "a". So the spoken forms spell the number out: Mandarin
/// "A 0 1 2" (A 零 一 二), English "A, 0 1 2" (the comma makes "A" the letter). The window
/// stays a number ("12 号窗口", "window 12"), which is how it is said.
class QueueCallWords
{
public:
    /// "请 A012 号到 2 号窗口" / "Number A012, please go to window 2.": the display's caption.
    [[nodiscard]] static QString shownCall(const QString &label, int window, QStringView language);
    /// The same sentence as the public speaker says it, in `language`.
    [[nodiscard]] static QString spokenCall(const QString &label, int window, QStringView language);
    /// The number alone, spelled for the voice of `language` ("A 0 1 2" / "A, 0 1 2").
    [[nodiscard]] static QString spokenLabel(const QString &label, QStringView language);
    /// `text` with one space wherever a Chinese character meets a Latin letter or a digit
    /// ("请在3号窗口" -> "请在 3 号窗口"), as the kiosk writes its own Mandarin; other text as is.
    [[nodiscard]] static QString spacedBetweenScripts(const QString &text);
};
