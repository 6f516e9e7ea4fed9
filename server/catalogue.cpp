// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/catalogue.h"

#include <QDateTime>

namespace server {

namespace {

constexpr const char *columns = "code, category, name_zh, name_en, official_zh, official_en, offers_zh, offers_en,"
                                " eligibility_zh, eligibility_en, bring_zh, bring_en, hours_zh, hours_en, place_zh, place_en,"
                                " weekly_hours, slot_minutes, capacity, bookable, walk_in, queue_prefix, sort_order";

ServiceDefinition readService(QSqlQuery &q)
{
    auto text = [&q](int i) { return core::LocalizedText{q.value(i).toString(), q.value(i + 1).toString()}; };
    ServiceDefinition s;
    s.code = q.value(0).toString();
    s.category = q.value(1).toString();
    s.name = text(2);
    s.officialName = text(4);
    s.offers = text(6);
    s.eligibility = text(8);
    s.whatToBring = text(10);
    s.openingHours = text(12);
    s.place = text(14);
    s.weeklyHours = q.value(16).toString();
    s.slotMinutes = q.value(17).toInt();
    s.capacity = q.value(18).toInt();
    s.bookable = q.value(19).toInt() != 0;
    s.walkIn = q.value(20).toInt() != 0;
    s.queuePrefix = q.value(21).toString();
    s.sortOrder = q.value(22).toInt();
    return s;
}

} // namespace

bool Catalogue::upsertService(const ServiceDefinition &s)
{
    const QString sql = QStringLiteral("INSERT INTO services (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                       " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
                                       " category = excluded.category, name_zh = excluded.name_zh, name_en = excluded.name_en,"
                                       " official_zh = excluded.official_zh, official_en = excluded.official_en,"
                                       " offers_zh = excluded.offers_zh, offers_en = excluded.offers_en,"
                                       " eligibility_zh = excluded.eligibility_zh, eligibility_en = excluded.eligibility_en,"
                                       " bring_zh = excluded.bring_zh, bring_en = excluded.bring_en,"
                                       " hours_zh = excluded.hours_zh, hours_en = excluded.hours_en,"
                                       " place_zh = excluded.place_zh, place_en = excluded.place_en,"
                                       " weekly_hours = excluded.weekly_hours, slot_minutes = excluded.slot_minutes,"
                                       " capacity = excluded.capacity, bookable = excluded.bookable, walk_in = excluded.walk_in,"
                                       " queue_prefix = excluded.queue_prefix, sort_order = excluded.sort_order,"
                                       " updated_at = excluded.updated_at")
                              .arg(QLatin1String(columns));
    if (!m_db.exec(sql, {s.code, s.category, s.name.zh, s.name.en, s.officialName.zh, s.officialName.en, s.offers.zh,
                         s.offers.en, s.eligibility.zh, s.eligibility.en, s.whatToBring.zh, s.whatToBring.en,
                         s.openingHours.zh, s.openingHours.en, s.place.zh, s.place.en, s.weeklyHours, s.slotMinutes,
                         s.capacity, s.bookable ? 1 : 0, s.walkIn ? 1 : 0, s.queuePrefix, s.sortOrder,
                         QDateTime::currentMSecsSinceEpoch()}))
        return false;
    return m_feed.append(ChangeFeed::cityWide, {0, QStringLiteral("service"), s.code, s.toFeedJson(), false});
}

bool Catalogue::upsertService(const QString &code, const QString &category, const core::LocalizedText &name)
{
    ServiceDefinition s;
    s.code = code;
    s.category = category;
    s.name = name;
    return upsertService(s);
}

std::optional<ServiceDefinition> Catalogue::service(const QString &code)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM services WHERE code = ?").arg(QLatin1String(columns)), {code});
    if (!q || !q->next())
        return std::nullopt;
    return readService(*q);
}

std::optional<QList<ServiceDefinition>> Catalogue::services()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM services ORDER BY sort_order, code").arg(QLatin1String(columns)));
    if (!q)
        return std::nullopt;
    QList<ServiceDefinition> out;
    while (q->next())
        out.append(readService(*q));
    return out;
}


} // namespace server
