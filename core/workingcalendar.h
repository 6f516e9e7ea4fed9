// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>

namespace core {

/// @brief Counts working days for legal time limits: Monday to Friday, minus public holidays,
/// plus the weekend days that are worked in exchange (调休).
///
/// Holidays change every year by State Council notice, so they are data handed in (from the
/// server's catalogue), not code.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workedWeekendDays);

    [[nodiscard]] bool isWorkingDay(QDate day) const;
    /// The day on which `days` working days after `start` have passed (start itself not
    /// counted): a 5-working-day notice posted on a Friday ends the next Friday.
    [[nodiscard]] QDate addWorkingDays(QDate start, int days) const;
    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workedWeekendDays;
};

} // namespace core
