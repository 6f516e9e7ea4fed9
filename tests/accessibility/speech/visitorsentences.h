// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// @brief Every Mandarin sentence a visitor can hear: the catalogue's translations outside the
/// staff pages and the announcer's phrases, with typical values in their placeholders.
namespace visitorsentences {

struct Sentence
{
    QString where; ///< "Context: English source", for the report
    QString text;  ///< the Mandarin as the kiosk would speak it, placeholders filled
};

/// Reads `tsFile` (translations/kiosk_zh_CN.ts). Skips contexts of staff pages (the page
/// catalogue's staffOnly pages and every Staff*Page) and the "Pages" titles of staff pages.
/// Also returns every AnnouncerPhrases key resolved in Mandarin through the compiled
/// catalogues. Texts are unique; an empty list when the file cannot be read. The file is
/// read when the test runs (not when it is built), so a regenerated catalogue is what is
/// compared; Qt's date and locale patterns are left out by comment or by their letters, each
/// numerus form is a sentence, and a message without a translation yet is added to
/// `untranslated` ("Context: English source") instead.
[[nodiscard]] QList<Sentence> collect(const QString &tsFile, QStringList *untranslated = nullptr);

/// The translation with its %n and %1..%9 filled with values typical of what the English
/// source says there (a date after "until", a phone number after "call you on", a code after
/// "code", a queue number after "Number" ...; a small count otherwise).
[[nodiscard]] QString fillPlaceholders(const QString &english, const QString &translation);

} // namespace visitorsentences
