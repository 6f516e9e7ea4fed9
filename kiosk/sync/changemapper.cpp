// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/changemapper.h"

#include "core/applicationstate.h"
#include "core/certificatestate.h"
#include "core/disability.h"
#include "core/requeststate.h"
#include "core/servicecategory.h"
#include "kiosk/sync/volunteerfeedjson.h"

#include <QJsonArray>

namespace kiosksync {

namespace {

core::LocalizedText text(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("zh")).toString(), o.value(QStringLiteral("en")).toString()};
}

QDateTime when(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<store::CertificateRecord> ChangeMapper::certificate(const QString &key, const QJsonObject &d)
{
    const auto category = core::Disability::categoryFromDigit(d.value(QStringLiteral("category")).toInt());
    const auto state = core::CertificateStates::fromKey(d.value(QStringLiteral("status")).toString());
    const int level = d.value(QStringLiteral("level")).toInt();
    if (key.isEmpty() || !category || !state || !core::Disability::isValidLevel(level))
        return std::nullopt;
    store::CertificateRecord r;
    r.idHash = key;
    r.maskedId = d.value(QStringLiteral("idNumberMasked")).toString();
    r.category = *category;
    r.level = level;
    r.replacement = d.value(QStringLiteral("replacement")).toInt();
    r.state = *state;
    // Unknown dates travel as null, which reads as an invalid QDate.
    r.stateSince = QDate::fromString(d.value(QStringLiteral("stateSince")).toString(), Qt::ISODate);
    r.issuedOn = QDate::fromString(d.value(QStringLiteral("issuedOn")).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(d.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
    r.pickupPlace = text(d.value(QStringLiteral("pickupPlace"))); // null: none
    // null (not reported lost), or a row from a server before reports of loss: an invalid date.
    r.reportedLostOn = QDate::fromString(d.value(QStringLiteral("reportedLostOn")).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::currentDateTimeUtc();
    return r;
}

store::ChangeSet ChangeMapper::map(const core::wire::ChangesPage &page, int *skipped)
{
    store::ChangeSet set;
    set.cursor = page.cursor;
    int unreadable = 0;
    for (const core::wire::Change &c : page.changes) {
        const QJsonObject &d = c.data;
        if (c.entity == u"service") {
            if (c.deleted) {
                set.removedServices.append(c.key);
                continue;
            }
            const auto category = core::ServiceCategories::fromKey(d.value(QStringLiteral("category")).toString());
            if (!category) {
                ++unreadable;
                continue;
            }
            store::ServiceOffer s;
            s.id = c.key;
            s.category = *category;
            s.name = text(d.value(QStringLiteral("name")));
            s.offers = text(d.value(QStringLiteral("offers")));
            s.eligibility = text(d.value(QStringLiteral("eligibility")));
            s.whatToBring = text(d.value(QStringLiteral("whatToBring")));
            s.openingHours = text(d.value(QStringLiteral("openingHours")));
            s.bookable = d.value(QStringLiteral("bookable")).toBool();
            s.sortOrder = d.value(QStringLiteral("sortOrder")).toInt();
            s.officialName = text(d.value(QStringLiteral("officialName")));
            s.place = text(d.value(QStringLiteral("place")));
            s.weeklyHours = d.value(QStringLiteral("weeklyHours")).toString();
            s.walkIn = d.value(QStringLiteral("walkIn")).toBool();
            s.queuePrefix = d.value(QStringLiteral("queuePrefix")).toString();
            set.services.append(s);
        } else if (c.entity == u"slot") {
            if (c.deleted) {
                set.removedSlots.append(c.key);
                continue;
            }
            store::BookableSlot s;
            s.id = c.key;
            s.serviceId = d.value(QStringLiteral("service")).toString();
            s.startsAt = when(d.value(QStringLiteral("startsAt")));
            s.endsAt = d.contains(QStringLiteral("endsAt")) ? when(d.value(QStringLiteral("endsAt"))) : s.startsAt.addSecs(3600);
            s.capacity = d.value(QStringLiteral("capacity")).toInt();
            s.taken = d.value(QStringLiteral("taken")).toInt();
            s.closed = d.value(QStringLiteral("closed")).toBool();
            if (!s.startsAt.isValid()) {
                ++unreadable;
                continue;
            }
            set.bookableSlots.append(s);
        } else if (c.entity == u"volunteer") {
            if (c.deleted) {
                set.removedVolunteers.append(c.key);
                continue;
            }
            if (const auto v = VolunteerFeedJson::volunteer(c.key, d))
                set.volunteers.append(*v);
            else
                ++unreadable;
        } else if (c.entity == u"registration_status") {
            if (const auto change = VolunteerFeedJson::registrationStatus(c.key, d))
                set.registrationStatuses.append(*change);
            else
                ++unreadable;
        } else if (c.entity == u"duty_status") {
            if (const auto change = VolunteerFeedJson::dutyStatus(c.key, d))
                set.dutyStatuses.append(*change);
            else
                ++unreadable;
        } else if (c.entity == u"assignment") {
            if (c.deleted) {
                set.removedAssignments.append(c.key);
                continue;
            }
            store::Assignment a;
            a.id = c.key;
            a.volunteerId = d.value(QStringLiteral("volunteerId")).toString();
            a.volunteerName = d.value(QStringLiteral("volunteerName")).toString();
            a.requestId = d.value(QStringLiteral("requestId")).toString();
            a.startsAt = when(d.value(QStringLiteral("startsAt")));
            a.endsAt = when(d.value(QStringLiteral("endsAt")));
            // A help request's volunteer before a time is agreed: nothing for a day's check-in
            // list yet (the request's status carries the volunteer). Kept, it would fail the page.
            if (!a.startsAt.isValid()) {
                ++unreadable;
                continue;
            }
            if (!a.endsAt.isValid())
                a.endsAt = a.startsAt.addSecs(2 * 3600);
            a.day = a.startsAt.date();
            a.helpType = d.value(QStringLiteral("helpType")).toString();
            a.title = text(d.value(QStringLiteral("title")));
            a.place = text(d.value(QStringLiteral("place")));
            set.assignments.append(a);
        } else if (c.entity == u"certificate") {
            if (c.deleted) {
                set.removedCertificates.append(c.key);
                continue;
            }
            const auto record = certificate(c.key, d);
            if (!record) {
                ++unreadable;
                continue;
            }
            set.certificates.append(*record);
        } else if (c.entity == u"request_status") {
            const auto status = core::RequestStates::fromKey(d.value(QStringLiteral("status")).toString());
            if (!status) {
                ++unreadable;
                continue;
            }
            store::RequestStatusChange change{c.key, *status, when(d.value(QStringLiteral("changedAt")))};
            // Help requests, once assigned: the volunteer's given name, and the agreed time in
            // station local time ("yyyy-MM-ddTHH:mm", or null when not agreed yet).
            change.volunteerGivenName = d.value(QStringLiteral("volunteerGivenName")).toString();
            change.agreedAt = QDateTime::fromString(d.value(QStringLiteral("agreedAt")).toString(),
                                                    QStringLiteral("yyyy-MM-ddTHH:mm"));
            set.requestStatuses.append(change);
        } else if (c.entity == u"application_status") {
            const auto status = core::ApplicationStates::fromKey(d.value(QStringLiteral("status")).toString());
            const QDateTime changedAt = when(d.value(QStringLiteral("changedAt")));
            if (!status || !changedAt.isValid()) {
                ++unreadable;
                continue;
            }
            set.applicationStatuses.append({c.key, *status, changedAt, d.value(QStringLiteral("reason")).toString(),
                                            text(d.value(QStringLiteral("pickupPlace")))});
        } else if (c.entity == u"booking_status") {
            const auto status = store::BookingStates::fromKey(d.value(QStringLiteral("status")).toString());
            // A booking is never "provisional" on the server: that word is the kiosk's own.
            if (!status || *status == store::BookingState::Provisional) {
                ++unreadable;
                continue;
            }
            set.bookingStatuses.append({c.key, *status, d.value(QStringLiteral("reason")).toString(),
                                        when(d.value(QStringLiteral("changedAt")))});
        } else if (c.entity == u"place") {
            if (c.deleted) {
                set.removedPlaces.append(c.key);
                continue;
            }
            const QString kind = d.value(QStringLiteral("kind")).toString();
            if (kind != u"hospital" && kind != u"place") {
                ++unreadable;
                continue;
            }
            set.places.append({c.key, text(d.value(QStringLiteral("name"))), kind, d.value(QStringLiteral("sortOrder")).toInt()});
        } else {
            ++unreadable;
        }
    }
    if (skipped)
        *skipped = unreadable;
    return set;
}

} // namespace kiosksync
