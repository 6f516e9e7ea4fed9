// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief A calendar month of the plan's figures ("2026-11") on the stations' clock
/// (StationClock: Asia/Shanghai, UTC+8 all year), and the SQL that puts a time in its month.
class PlanMonth
{
public:
    /// "yyyy-MM" with a month 01 to 12 and a year 2000 to 2999; nullopt for anything else.
    [[nodiscard]] static std::optional<QDate> parse(const QString &text);
    /// "2026-11" of the month holding `day`.
    [[nodiscard]] static QString name(const QDate &day);
    /// The first millisecond of the month holding `day`, on the stations' clock.
    [[nodiscard]] static qint64 startMs(const QDate &day);
    /// The first millisecond after the month holding `day`.
    [[nodiscard]] static qint64 endMs(const QDate &day);
    /// The stations' current month.
    [[nodiscard]] static QDate current();
    /// Every month from `from` to `to` (both included), oldest first.
    [[nodiscard]] static QStringList between(const QDate &from, const QDate &to);
    /// Months from `from` to `to`, both included (0 when `to` is before `from`).
    [[nodiscard]] static int count(const QDate &from, const QDate &to);
    /// An SQL expression giving the "yyyy-MM" of a column of ms since the epoch, on the stations'
    /// clock, in the engine's own words (the two engines share no date function).
    [[nodiscard]] static QString sqlMonthOf(const Database &db, const QString &msColumn);
};

} // namespace server::console
