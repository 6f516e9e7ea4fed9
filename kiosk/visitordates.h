// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QStringView>

/// @brief Days and times in the visitor's language, written the same way on every page.
///
/// Mandarin puts the month and day first with their characters ("12月2日 星期三"); English
/// writes the day before the month ("Wednesday 2 December"). Pages read these words aloud
/// too, so one form everywhere also means one way of hearing a date. What is shown never
/// breaks across lines inside its numbers ("12月2日", "10:00"; LineBreaking::keepNumbersWhole).
class VisitorDates
{
public:
    /// British English or simplified Chinese, for `language` "en..." or anything else.
    [[nodiscard]] static QLocale locale(QStringView language);
    /// "Wednesday 2 December" / "12月2日 星期三".
    [[nodiscard]] static QString day(QDate date, QStringView language);
    /// "2 December" / "12月2日".
    [[nodiscard]] static QString date(QDate date, QStringView language);
    /// "Wednesday" / "星期三".
    [[nodiscard]] static QString weekday(QDate date, QStringView language);
    /// For staff lists: "Wed 2 Dec 10:00" / "12月2日 周三 10:00".
    [[nodiscard]] static QString shortDayAndTime(const QDateTime &at, QStringView language);
    /// A time as it is said, for the voice only (the screen keeps "10:00"): "10点", "9点30分",
    /// "9点05分" / "10 o'clock", "9:30", "9 oh 5", "2:30 pm". Read as digits, "10:00" would be
    /// heard as "shí líng líng" or "ten zero zero".
    [[nodiscard]] static QString spokenTime(QTime time, QStringView language);

private:
    [[nodiscard]] static bool isEnglish(QStringView language) { return language.startsWith(u"en"); }
};
