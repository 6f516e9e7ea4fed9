// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/volunteerscope.h"

namespace server::console {

QString VolunteerScope::clause(const QString &alias) const
{
    const QString byStation = m_scope.clause(alias + QStringLiteral(".station_id"));
    // City: everything; an account the scope gives nothing (no district, no station): nothing.
    if (m_scope.isCity() || byStation == u"1=0")
        return byStation;
    // A station's district is looked up, not taken from the account, so the two cannot differ.
    const QString district = m_scope.isDistrict() ? QStringLiteral("?")
                                                  : QStringLiteral("(SELECT s.district FROM stations s WHERE s.id = ?)");
    return QStringLiteral("(%1 OR (%2.district <> '' AND %2.district = %3))").arg(byStation, alias, district);
}

QVariantList VolunteerScope::values() const
{
    QVariantList out = m_scope.values();
    if (m_scope.isCity() || out.isEmpty())
        return out;
    out.append(m_scope.isDistrict() ? m_scope.user().district : m_scope.user().stationId);
    return out;
}

} // namespace server::console
