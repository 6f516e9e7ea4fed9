// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitordates.h"

#include "accessibility/linebreaking.h"

using namespace Qt::StringLiterals;

QLocale VisitorDates::locale(QStringView language)
{
    return isEnglish(language) ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Chinese, QLocale::China);
}

QString VisitorDates::day(QDate date, QStringView language)
{
    return LineBreaking::keepNumbersWhole(
            locale(language).toString(date, isEnglish(language) ? u"dddd d MMMM"_s : u"M月d日 dddd"_s));
}

QString VisitorDates::date(QDate date, QStringView language)
{
    return LineBreaking::keepNumbersWhole(locale(language).toString(date, isEnglish(language) ? u"d MMMM"_s : u"M月d日"_s));
}

QString VisitorDates::weekday(QDate date, QStringView language)
{
    return locale(language).dayName(date.dayOfWeek(), QLocale::LongFormat);
}

QString VisitorDates::shortDayAndTime(const QDateTime &at, QStringView language)
{
    return LineBreaking::keepNumbersWhole(
            locale(language).toString(at, isEnglish(language) ? u"ddd d MMM HH:mm"_s : u"M月d日 ddd HH:mm"_s));
}

QString VisitorDates::spokenTime(QTime time, QStringView language)
{
    if (!time.isValid())
        return {};
    const int hour = time.hour();
    const int minute = time.minute();
    if (!isEnglish(language)) {
        // 24-hour, as on the station's notices; "05分" is read "líng wǔ fēn".
        if (minute == 0)
            return u"%1点"_s.arg(hour);
        return u"%1点%2分"_s.arg(hour).arg(minute, 2, 10, QLatin1Char('0'));
    }
    // English says the hours of the afternoon in twelve, with "pm"; eSpeak reads "9:30" as
    // "nine thirty" but "9:05" as "nine zero five", so single minutes are said "oh 5".
    if (minute == 0) {
        if (hour == 0)
            return u"12 midnight"_s;
        if (hour == 12)
            return u"12 noon"_s;
        if (hour < 12)
            return u"%1 o'clock"_s.arg(hour);
        return u"%1 pm"_s.arg(hour - 12);
    }
    const int twelve = hour % 12 == 0 ? 12 : hour % 12;
    const QString words = minute < 10 ? u"%1 oh %2"_s.arg(twelve).arg(minute) : u"%1:%2"_s.arg(twelve).arg(minute);
    return hour == 0 ? words + u" am"_s : hour >= 12 ? words + u" pm"_s : words;
}
