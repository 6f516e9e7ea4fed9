// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/queuestore.h"

#include "core/translatabletext.h"
#include "core/uuidv7.h"
#include "core/weeklyhours.h"
#include "kiosk/store/sqlvalues.h"

#include <QSqlQuery>

namespace store {

namespace {

using Kind = StoreError::Kind;

// The ticket's columns, then how many of its queue wait ahead of it (0 once called).
const QString kTicketColumns = QStringLiteral(
    "t.id, t.service_id, t.day, t.number, t.label, t.taken_at, t.called_at, t.window_number, "
    "CASE WHEN t.called_at IS NULL THEN (SELECT COUNT(*) FROM queue_tickets w WHERE w.service_id = t.service_id "
    "AND w.day = t.day AND w.called_at IS NULL AND w.number < t.number) ELSE 0 END");

// `sentence` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
StoreError refused(Kind kind, const char *sentence, const char *field)
{
    return StoreError::make(kind, core::TranslatableText::translate("store::QueueStore", sentence),
                            QString::fromLatin1(field));
}

QueueTicket readTicket(const QSqlQuery &q)
{
    QueueTicket t;
    t.id = q.value(0).toString();
    t.serviceId = q.value(1).toString();
    t.day = SqlValues::toDate(q.value(2));
    t.number = q.value(3).toInt();
    t.label = q.value(4).toString();
    t.takenAt = SqlValues::toUtc(q.value(5));
    t.calledAt = SqlValues::toUtc(q.value(6));
    t.window = q.value(7).toInt();
    t.waitingBefore = q.value(8).toInt();
    return t;
}

Result<std::optional<QueueTicket>> oneTicket(const Database &db, const QString &where, const QVariantList &values)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM queue_tickets t WHERE %2 LIMIT 1").arg(kTicketColumns, where), values);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<QueueTicket>();
    return std::optional<QueueTicket>(readTicket(q.value()));
}

} // namespace

QueueStore::QueueStore(StoreContext &context)
    : m_context(context)
{
}

Result<QueueTicket> QueueStore::takeNumber(const QString &serviceId)
{
    Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const QVariant day = SqlValues::date(now.date());
    return db.write([&]() -> Result<QueueTicket> {
        auto s = db.exec(QStringLiteral("SELECT walk_in, weekly_hours, queue_prefix FROM services WHERE id = ?"), {serviceId});
        if (!s.ok())
            return s.error();
        if (!s.value().next())
            return refused(Kind::NotFound, QT_TRANSLATE_NOOP("store::QueueStore", "This service is not offered here any more. Please ask the staff."), "serviceId");
        const bool walkIn = s.value().value(0).toBool();
        const QString hours = s.value().value(1).toString();
        const QString prefix = s.value().value(2).toString();
        s.value().finish();
        if (!walkIn)
            return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::QueueStore", "This service gives no queue numbers. Please book a time instead."), "serviceId");
        // No hours known: the station decides by offering the service as walk-in. Hours that
        // cannot be read count as closed: a wrong pattern must not hand out numbers at night.
        if (!hours.trimmed().isEmpty()) {
            const auto pattern = core::WeeklyHours::parse(hours);
            if (!pattern || !pattern->isOpenAt(now))
                return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::QueueStore", "This service is not open now. Please look at its opening hours."), "serviceId");
        }
        auto next = db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM queue_tickets "
                                             "WHERE service_id = ? AND day = ?"),
                              {serviceId, day});
        if (!next.ok())
            return next.error();
        QueueTicket t;
        t.id = core::UuidV7::generateString();
        t.serviceId = serviceId;
        t.day = now.date();
        t.number = next.value().toInt();
        t.label = prefix + QStringLiteral("%1").arg(t.number, 3, 10, QLatin1Char('0'));
        t.takenAt = now.toUTC();
        auto inserted = db.exec(QStringLiteral("INSERT INTO queue_tickets(id, service_id, day, number, label, taken_at) "
                                               "VALUES(?, ?, ?, ?, ?, ?)"),
                                {t.id, serviceId, day, t.number, t.label, SqlValues::utc(now)});
        if (!inserted.ok())
            return inserted.error();
        auto ahead = db.scalar(QStringLiteral("SELECT COUNT(*) FROM queue_tickets WHERE service_id = ? AND day = ? "
                                              "AND called_at IS NULL AND number < ?"),
                               {serviceId, day, t.number});
        if (!ahead.ok())
            return ahead.error();
        t.waitingBefore = ahead.value().toInt();
        return t;
    });
}

Result<QList<QueueTicket>> QueueStore::today(const QString &serviceId) const
{
    auto q = m_context.database().exec(
        QStringLiteral("SELECT %1 FROM queue_tickets t WHERE t.service_id = ? AND t.day = ? ORDER BY t.number")
            .arg(kTicketColumns),
        {serviceId, SqlValues::date(m_context.now().date())});
    if (!q.ok())
        return q.error();
    QList<QueueTicket> out;
    while (q.value().next())
        out.append(readTicket(q.value()));
    return out;
}

Result<std::optional<QueueTicket>> QueueStore::callNext(const QString &serviceId, int window)
{
    if (window < 0)
        return refused(Kind::Invalid, QT_TRANSLATE_NOOP("store::QueueStore", "Please choose a window number."), "window");
    Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const QVariant day = SqlValues::date(now.date());
    return db.write([&]() -> Result<std::optional<QueueTicket>> {
        auto waiting = oneTicket(db, QStringLiteral("t.service_id = ? AND t.day = ? AND t.called_at IS NULL ORDER BY t.number"),
                                 {serviceId, day});
        if (!waiting.ok() || !waiting.value())
            return waiting;
        QueueTicket t = *waiting.value();
        auto called = db.exec(QStringLiteral("UPDATE queue_tickets SET called_at = ?, window_number = ? WHERE id = ?"),
                              {SqlValues::utc(now), window, t.id});
        if (!called.ok())
            return called.error();
        t.calledAt = SqlValues::toUtc(SqlValues::utc(now));
        t.window = window;
        t.waitingBefore = 0;
        return std::optional<QueueTicket>(t);
    });
}

Result<std::optional<QueueTicket>> QueueStore::lastCalled() const
{
    return oneTicket(m_context.database(),
                     QStringLiteral("t.day = ? AND t.called_at IS NOT NULL ORDER BY t.called_at DESC, t.number DESC"),
                     {SqlValues::date(m_context.now().date())});
}

} // namespace store
