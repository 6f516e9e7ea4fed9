// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consolescope.h"

#include "server/database.h"

namespace server::console {

ConsoleScope::ConsoleScope(const ConsoleUser &user) : m_user(user) {}

QString ConsoleScope::clause(const QString &stationColumn) const
{
    // An account without its district or station sees nothing, not the stations without one.
    if (isEmptyScope())
        return QStringLiteral("1=0");
    switch (m_user.role) {
    case ConsoleRole::City:
        return QStringLiteral("1=1");
    case ConsoleRole::District:
        return QStringLiteral("%1 IN (SELECT id FROM stations WHERE district = ?)").arg(stationColumn);
    case ConsoleRole::Station:
        break;
    }
    return QStringLiteral("%1 = ?").arg(stationColumn);
}

QVariantList ConsoleScope::values() const
{
    if (isEmptyScope())
        return {};
    switch (m_user.role) {
    case ConsoleRole::City:
        return {};
    case ConsoleRole::District:
        return {m_user.district};
    case ConsoleRole::Station:
        break;
    }
    return {m_user.stationId};
}

bool ConsoleScope::allows(const QString &stationId, const QString &stationDistrict) const
{
    switch (m_user.role) {
    case ConsoleRole::City:
        return true;
    case ConsoleRole::District:
        return !m_user.district.isEmpty() && stationDistrict == m_user.district;
    case ConsoleRole::Station:
        break;
    }
    return !m_user.stationId.isEmpty() && stationId == m_user.stationId;
}

bool ConsoleScope::allowsStation(Database &db, const QString &stationId) const
{
    auto q = db.exec(QStringLiteral("SELECT district FROM stations WHERE id = ?"), {stationId});
    if (!q || !q->next())
        return false;
    return allows(stationId, q->value(0).toString());
}

bool ConsoleScope::isEmptyScope() const
{
    return (m_user.role == ConsoleRole::District && m_user.district.isEmpty())
        || (m_user.role == ConsoleRole::Station && m_user.stationId.isEmpty());
}

bool ConsoleScope::isCity() const
{
    return m_user.role == ConsoleRole::City;
}

bool ConsoleScope::isDistrict() const
{
    return m_user.role == ConsoleRole::District;
}

bool ConsoleScope::isStation() const
{
    return m_user.role == ConsoleRole::Station;
}

const ConsoleUser &ConsoleScope::user() const
{
    return m_user;
}

} // namespace server::console
