// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace core {

/// @brief When a volunteer can help, as a registration at the kiosk collects it: days 1..7
/// (Qt::DayOfWeek, Monday = 1) by parts of the day "morning", "afternoon", "evening". On the
/// wire it is the grid the server reads (server::WeekAvailability):
/// {"mon": ["morning", "evening"], "sat": ["afternoon"]}, days with no part left out.
class WeekAvailability
{
public:
    /// "mon".."sun", Monday first (the wire's day keys).
    [[nodiscard]] static const QStringList &dayKeys();
    /// "morning", "afternoon", "evening", in the day's order.
    [[nodiscard]] static const QStringList &parts();

    /// Turns one cell on or off; a day outside 1..7 or an unknown part is ignored.
    void set(int day, const QString &part, bool on);
    [[nodiscard]] bool has(int day, const QString &part) const;
    [[nodiscard]] bool isEmpty() const { return m_cells.isEmpty(); }
    /// The wire grid, days and parts in a fixed order.
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const WeekAvailability &other) const = default;

private:
    QSet<QString> m_cells; ///< "1:morning" ...
};

} // namespace core
