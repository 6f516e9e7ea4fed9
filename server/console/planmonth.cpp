// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/planmonth.h"

#include "server/database.h"
#include "server/stationclock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace server::console {

namespace {
// The stations' clock is UTC+8 all year (StationClock), so SQL can shift a time by a constant
// and read its month as UTC.
constexpr qint64 stationOffsetMs = 8LL * 3600 * 1000;
} // namespace

std::optional<QDate> PlanMonth::parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(2\\d{3})-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QString PlanMonth::name(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

qint64 PlanMonth::startMs(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return QDateTime(first, QTime(0, 0), StationClock::now().timeZone()).toMSecsSinceEpoch();
}

qint64 PlanMonth::endMs(const QDate &day)
{
    return startMs(QDate(day.year(), day.month(), 1).addMonths(1));
}

QDate PlanMonth::current()
{
    const QDate today = StationClock::today();
    return QDate(today.year(), today.month(), 1);
}

QStringList PlanMonth::between(const QDate &from, const QDate &to)
{
    QStringList months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months.append(name(m));
    return months;
}

int PlanMonth::count(const QDate &from, const QDate &to)
{
    const int n = (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
    return n < 0 ? 0 : n;
}

QString PlanMonth::sqlMonthOf(const Database &db, const QString &msColumn)
{
    if (db.isPostgres())
        return QStringLiteral("to_char(to_timestamp((%1 + %2) / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')")
            .arg(msColumn)
            .arg(stationOffsetMs);
    return QStringLiteral("strftime('%Y-%m', (%1 + %2) / 1000, 'unixepoch')").arg(msColumn).arg(stationOffsetMs);
}

} // namespace server::console
