// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuefilter.h"

namespace server::console {

QString QueueFilter::describe() const
{
    QStringList parts;
    if (kind)
        parts.append(QStringLiteral("kind ") + QueueKinds::key(*kind));
    if (!status.isEmpty())
        parts.append(QStringLiteral("status ") + status);
    if (!district.isEmpty())
        parts.append(QStringLiteral("district ") + district);
    if (!stationId.isEmpty())
        parts.append(QStringLiteral("station ") + stationId);
    if (day.isValid())
        parts.append(QStringLiteral("day ") + day.toString(Qt::ISODate));
    parts.append(QStringLiteral("open %1").arg(openOnly ? 1 : 0));
    parts.append(QStringLiteral("limit %1, offset %2").arg(limit).arg(offset));
    return parts.join(QStringLiteral(", "));
}

std::optional<QueueFilter> QueueFilter::fromQuery(const QUrlQuery &query, QString *field, QString *problem)
{
    const auto fail = [&](const char *name, const QString &why) -> std::optional<QueueFilter> {
        *field = QLatin1String(name);
        *problem = why;
        return std::nullopt;
    };
    const auto value = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    QueueFilter f;
    if (const QString kind = value("kind"); !kind.isEmpty()) {
        f.kind = QueueKinds::fromKey(kind);
        if (!f.kind)
            return fail("kind", QStringLiteral("one of %1").arg(QueueKinds::keys().join(u", ")));
    }
    f.status = value("status").left(40);
    f.district = value("district").left(100);
    f.stationId = value("station").left(100);
    if (const QString day = value("day"); !day.isEmpty()) {
        f.day = QDate::fromString(day, QStringLiteral("yyyy-MM-dd"));
        if (!f.day.isValid())
            return fail("day", QStringLiteral("a day like 2026-12-01"));
    }
    if (const QString open = value("open"); !open.isEmpty()) {
        if (open != u"0" && open != u"1")
            return fail("open", QStringLiteral("1 (only what is still to be done, the default) or 0 (everything)"));
        f.openOnly = open == u"1";
    }
    bool ok = true;
    if (const QString limit = value("limit"); !limit.isEmpty()) {
        f.limit = limit.toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > maxLimit)
            return fail("limit", QStringLiteral("a whole number from 1 to %1").arg(maxLimit));
    }
    if (const QString offset = value("offset"); !offset.isEmpty()) {
        f.offset = offset.toInt(&ok);
        if (!ok || f.offset < 0)
            return fail("offset", QStringLiteral("a whole number, 0 or more"));
    }
    return f;
}

} // namespace server::console
