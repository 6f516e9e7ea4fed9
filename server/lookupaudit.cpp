// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/lookupaudit.h"

#include <QDateTime>

namespace server {

bool LookupAudit::record(const Entry &e)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO lookup_audit (at, station_id, id_number_masked, outcome, other_district)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {e.at, e.stationId, e.idNumberMasked, e.outcome, e.otherDistrict ? 1 : 0})
        .has_value();
}

std::optional<QList<LookupAudit::Entry>> LookupAudit::entries(const QString &stationId, int limit)
{
    const bool one = !stationId.isEmpty();
    QVariantList args;
    if (one)
        args.append(stationId);
    args.append(limit);
    auto q = m_db.exec(QStringLiteral("SELECT at, station_id, id_number_masked, outcome, other_district FROM lookup_audit")
                           + (one ? QStringLiteral(" WHERE station_id = ?") : QString())
                           + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                       args);
    if (!q)
        return std::nullopt;
    QList<Entry> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt() != 0});
    return list;
}

QString LookupAudit::format(const QList<Entry> &entries)
{
    QString out = QStringLiteral("time (UTC)               station              ID number           outcome       district\n");
    for (const Entry &e : entries) {
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs), -24)
                   .arg(e.stationId, -20)
                   .arg(e.idNumberMasked, -19)
                   .arg(e.outcome, -13)
                   .arg(e.outcome == u"found" ? (e.otherDistrict ? QStringLiteral("other") : QStringLiteral("own"))
                                              : QStringLiteral("-"));
    }
    out += QStringLiteral("%1 lookups\n").arg(entries.size());
    return out;
}

} // namespace server
