// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/volunteerfeedjson.h"

#include "core/givenname.h"

#include <QJsonArray>
#include <QtMath>

namespace kiosksync {

namespace {

QDateTime when(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// Hours travel as a number in half-hour steps. Halves are exact in binary (310.5 * 2 is 621
/// exactly), so flooring twice the value reads every step the server sends; a value between
/// steps (a server bug) is rounded down, never up, so the kiosk never shows hours not counted.
std::optional<core::VolunteerHours> hours(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return core::VolunteerHours::fromHalfHours(qFloor(v.toDouble() * 2));
}

} // namespace

std::optional<store::VolunteerRecord> VolunteerFeedJson::volunteer(const QString &number, const QJsonObject &d)
{
    const auto total = hours(d.value(QStringLiteral("hoursTotal")));
    const QString name = d.value(QStringLiteral("name")).toString().trimmed();
    if (number.isEmpty() || name.isEmpty() || !total)
        return std::nullopt;
    store::VolunteerRecord v;
    v.id = number;
    v.number = number;
    v.name = name;
    // A server before volunteer registration sent no given name: the kiosk's own rule gives it.
    v.givenName = d.value(QStringLiteral("givenName")).toString().trimmed();
    if (v.givenName.isEmpty())
        v.givenName = core::GivenName::of(name);
    v.served = *total;
    for (const QJsonValue &skill : d.value(QStringLiteral("skills")).toArray())
        v.skills.append(skill.toString());
    return v;
}

std::optional<store::RegistrationStatusChange> VolunteerFeedJson::registrationStatus(const QString &registrationId,
                                                                                 const QJsonObject &d)
{
    const QString status = d.value(QStringLiteral("status")).toString();
    store::RegistrationStatusChange change;
    change.registrationId = registrationId;
    change.volunteerNumber = d.value(QStringLiteral("volunteerNumber")).toString().trimmed();
    change.reason = d.value(QStringLiteral("reason")).toString();
    change.changedAt = when(d.value(QStringLiteral("changedAt")));
    if (status == u"approved" && !change.volunteerNumber.isEmpty())
        change.state = store::RegistrationState::Approved;
    else if (status == u"refused")
        change.state = store::RegistrationState::Refused;
    else
        return std::nullopt; // "approved" without a number cannot be told to the person
    if (registrationId.isEmpty())
        return std::nullopt;
    return change;
}

std::optional<store::DutyStatusChange> VolunteerFeedJson::dutyStatus(const QString &checkInId, const QJsonObject &d)
{
    const QString status = d.value(QStringLiteral("status")).toString();
    const auto served = hours(d.value(QStringLiteral("hours")));
    if (checkInId.isEmpty() || !served || (status != u"approved" && status != u"refused"))
        return std::nullopt;
    store::DutyStatusChange change;
    change.checkInId = checkInId;
    change.approved = status == u"approved";
    change.hours = *served;
    change.reason = d.value(QStringLiteral("reason")).toString();
    change.changedAt = when(d.value(QStringLiteral("changedAt")));
    return change;
}

} // namespace kiosksync
