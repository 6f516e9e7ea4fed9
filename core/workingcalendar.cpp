// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workingcalendar.h"

namespace core {

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workedWeekendDays)
    : m_holidays(std::move(holidays))
    , m_workedWeekendDays(std::move(workedWeekendDays))
{
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    if (m_workedWeekendDays.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(QDate start, int days) const
{
    QDate day = start;
    while (days > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --days;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

} // namespace core
