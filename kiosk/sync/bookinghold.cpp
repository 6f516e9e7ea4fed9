// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/bookinghold.h"

#include "kiosk/store/syncqueue.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosksync {

void BookingHold::ask(const QUrl &url, const core::wire::Credential &credential, const QJsonObject &holdBody,
                      std::function<void(const Answer &)> done, int timeoutMs)
{
    const QString slotId = holdBody.value(QStringLiteral("slotId")).toString();
    const QByteArray body = QJsonDocument(holdBody).toJson(QJsonDocument::Compact);
    m_http.start("POST", url, body, credential.token,
                 [this, slotId, done = std::move(done)](const HttpExchange::Result &reply) {
                     const Answer answer = read(reply);
                     // Full: the server's counts go into the cache before the visitor's list reloads.
                     if (answer.outcome == Outcome::Full && answer.capacity >= 0) {
                         if (auto updated = m_queue.updateSlotCounts(slotId, answer.capacity, answer.taken); !updated.ok())
                             qCWarning(lcSync) << "booking hold: the slot's counts could not be kept" << updated.error().detail;
                     }
                     done(answer);
                 },
                 qBound(1, timeoutMs, deadlineMs));
}

QJsonObject BookingHold::body(const store::BookingDraft &draft, const QString &visitorKey)
{
    QJsonObject body{{QStringLiteral("id"), draft.id},
                     {QStringLiteral("slotId"), draft.slotId},
                     {QStringLiteral("serviceId"), draft.serviceId},
                     {QStringLiteral("startsAt"), draft.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                     {QStringLiteral("code"), draft.code},
                     {QStringLiteral("visitorKey"), visitorKey}};
    if (!draft.phone.isEmpty())
        body.insert(QStringLiteral("phone"), draft.phone);
    return body;
}

BookingHold::Answer BookingHold::read(const HttpExchange::Result &reply)
{
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    Answer a;
    a.reason = json.value(QStringLiteral("message")).toString();
    const QJsonObject slot = json.value(QStringLiteral("slot")).toObject();
    if (slot.contains(QStringLiteral("capacity"))) {
        a.capacity = slot.value(QStringLiteral("capacity")).toInt();
        a.taken = slot.value(QStringLiteral("taken")).toInt();
    }
    const QString error = json.value(QStringLiteral("error")).toString();
    switch (reply.status) {
    case 200:
        a.outcome = json.value(QStringLiteral("status")).toString() == u"confirmed" ? Outcome::Held : Outcome::Unreachable;
        break;
    case 404: a.outcome = Outcome::Gone; break;
    // 409 is full, or this id cannot be held (another station's, or refused or cancelled
    // before): neither may be stored as provisional.
    case 409: a.outcome = error == u"full" ? Outcome::Full : Outcome::Invalid; break;
    case 400:
    case 422: a.outcome = Outcome::Invalid; break;
    default:
        // No answer in time, 401/403 (access withdrawn), 429, 5xx: the server could not be asked.
        a.outcome = Outcome::Unreachable;
        break;
    }
    if (a.outcome == Outcome::Unreachable) {
        qCInfo(lcSync) << "booking hold: no answer"
                       << (reply.networkError ? reply.errorText : QString::number(reply.status));
    }
    return a;
}

} // namespace kiosksync
