// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitordates.h"

using namespace Qt::StringLiterals;

QLocale VisitorDates::locale(QStringView language)
{
    return isEnglish(language) ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Chinese, QLocale::China);
}

QString VisitorDates::day(QDate date, QStringView language)
{
    return locale(language).toString(date, isEnglish(language) ? u"dddd d MMMM"_s : u"M月d日 dddd"_s);
}

QString VisitorDates::date(QDate date, QStringView language)
{
    return locale(language).toString(date, isEnglish(language) ? u"d MMMM"_s : u"M月d日"_s);
}

QString VisitorDates::weekday(QDate date, QStringView language)
{
    return locale(language).dayName(date.dayOfWeek(), QLocale::LongFormat);
}

QString VisitorDates::shortDayAndTime(const QDateTime &at, QStringView language)
{
    return locale(language).toString(at, isEnglish(language) ? u"ddd d MMM HH:mm"_s : u"M月d日 ddd HH:mm"_s);
}
