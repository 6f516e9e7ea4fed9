// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>

#include <array>
#include <optional>
#include <utility>

namespace core {

/// @brief A service's weekly opening pattern, written as staff write it on the door:
/// "mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30".
///
/// Groups are separated by ';'; each group is a day ("sat"), a range of days ("mon-fri",
/// "sat-sun") or a list of them ("tue,thu", "mon-wed,fri"), a space, then one or more periods "HH:mm-HH:mm" separated by ','. A day named in
/// two groups gets the periods of both. Text that cannot be read, a period that ends before it
/// starts, or periods of one day that overlap make parse() answer nullopt: a wrong pattern must
/// not silently open or close a station's service.
///
/// Times are wall-clock times at the station; the caller hands in the station's local time.
class WeeklyHours
{
public:
    using Period = std::pair<QTime, QTime>;

    WeeklyHours() = default;
    [[nodiscard]] static std::optional<WeeklyHours> parse(QStringView text);

    /// The canonical text: days with the same periods joined into ranges, times as HH:mm.
    [[nodiscard]] QString toString() const;
    /// The periods of that day in time order (empty: closed that day).
    [[nodiscard]] QList<Period> periodsOn(QDate day) const;
    /// Open at that wall-clock moment (start included, end excluded).
    [[nodiscard]] bool isOpenAt(const QDateTime &moment) const;
    [[nodiscard]] bool isEmpty() const;

    bool operator==(const WeeklyHours &) const = default;

private:
    // Index 0 = Monday ... 6 = Sunday (Qt::DayOfWeek - 1).
    std::array<QList<Period>, 7> m_days;
};

} // namespace core
