// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuedescription.h"

#include <QJsonArray>

namespace server::console {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// The times every item's details carry.
void addTimes(QueueItem &item, const QJsonObject &payload)
{
    item.details.insert(QStringLiteral("receivedAt"), QueueItem::isoTime(item.createdAtMs));
    item.details.insert(QStringLiteral("statusChangedAt"), QueueItem::isoTime(item.statusChangedAtMs));
    // The kiosk's own clock: data, what the visitor saw, not the queue's order.
    if (const QString sent = payload.value(QStringLiteral("createdAt")).toString(); !sent.isEmpty())
        item.details.insert(QStringLiteral("sentAt"), sent);
}

} // namespace

QJsonValue QueueDescription::text(const core::LocalizedText &t)
{
    if (t.zh.isEmpty() && t.en.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

void QueueDescription::describeHelp(QueueItem &item, const QJsonObject &p, const core::LocalizedText &placeName)
{
    const QJsonObject place = p.value(QStringLiteral("place")).toObject();
    // An older kiosk's request has no day part or place: any time, call to arrange.
    const QString dayPart = p.value(QStringLiteral("dayPart")).toString(QStringLiteral("any"));
    const QJsonObject placeOut{{QStringLiteral("kind"), place.value(QStringLiteral("kind")).toString(QStringLiteral("arrange"))},
                               {QStringLiteral("name"), text(placeName)}};
    item.summary = {{QStringLiteral("helpType"), p.value(QStringLiteral("helpType")).toString()},
                    {QStringLiteral("wantedDay"), orNull(p.value(QStringLiteral("wantedDay")).toString())},
                    {QStringLiteral("dayPart"), dayPart},
                    {QStringLiteral("place"), placeOut},
                    {QStringLiteral("code"), p.value(QStringLiteral("code")).toString()}};
    item.details = item.summary;
    QJsonArray notes;
    for (const QJsonValue &v : p.value(QStringLiteral("noteKeys")).toArray())
        notes.append(v.toString());
    item.details.insert(QStringLiteral("noteKeys"), notes);
    if (!item.assignedVolunteer.isEmpty())
        item.details.insert(QStringLiteral("agreedAt"), item.assignedVolunteer.value(QStringLiteral("agreedAt")));
    addTimes(item, p);
}

void QueueDescription::describeAssessment(QueueItem &item, const QJsonObject &p)
{
    const QString note = p.value(QStringLiteral("note")).toString();
    item.summary = {{QStringLiteral("request"), p.value(QStringLiteral("request")).toString()},
                    {QStringLiteral("code"), p.value(QStringLiteral("code")).toString()},
                    {QStringLiteral("hasNote"), !note.trimmed().isEmpty()}};
    item.details = item.summary;
    item.details.remove(QStringLiteral("hasNote"));
    // The visitor's own words: the details only (they are read when acting on the item).
    item.details.insert(QStringLiteral("note"), note);
    addTimes(item, p);
}

void QueueDescription::describeStaffCall(QueueItem &item, const QJsonObject &p)
{
    item.summary = {{QStringLiteral("reason"), p.value(QStringLiteral("reason")).toString()}};
    item.details = item.summary;
    addTimes(item, p);
}

void QueueDescription::describeApplication(QueueItem &item, const Application &a)
{
    item.summary = {{QStringLiteral("procedure"), a.procedure},
                    {QStringLiteral("choice"), orNull(a.choice)},
                    {QStringLiteral("code"), a.code},
                    {QStringLiteral("certificateFound"), a.certificateFound},
                    {QStringLiteral("reportedLostOn"), orNull(a.reportedLostOn)}};
    item.details = item.summary;
    item.details.insert(QStringLiteral("reason"), orNull(a.reason));
    // An application's queue time is the visitor's (ApplicationDesk keeps it as kiosk_created_at).
    item.details.insert(QStringLiteral("sentAt"), QueueItem::isoTime(item.createdAtMs));
    item.details.insert(QStringLiteral("statusChangedAt"), QueueItem::isoTime(item.statusChangedAtMs));
}

void QueueDescription::describeBooking(QueueItem &item, const Booking &b)
{
    item.summary = {{QStringLiteral("serviceCode"), b.serviceCode},
                    {QStringLiteral("serviceName"), text(b.serviceName)},
                    {QStringLiteral("startsAt"), b.startsAt},
                    {QStringLiteral("code"), b.code},
                    {QStringLiteral("reason"), orNull(b.reason)},
                    {QStringLiteral("calledBack"), item.calledBack}};
    item.details = item.summary;
    addTimes(item, {});
}

} // namespace server::console
