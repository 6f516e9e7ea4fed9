// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/registrationdesk.h"

#include "core/helptype.h"
#include "core/masking.h"
#include "core/phonenumber.h"
#include "server/volunteernumbers.h"
#include "server/volunteerregistry.h"
#include "server/weekavailability.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace server {

namespace {

bool isVisitorKey(const QJsonValue &v)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return v.isString() && hex.match(v.toString()).hasMatch();
}

QString text(const QJsonObject &p, const char *field)
{
    return p.value(QLatin1String(field)).toString().trimmed();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

const QStringList &RegistrationDesk::extraSkills()
{
    static const QStringList list{QStringLiteral("driving"), QStringLiteral("first_aid"), QStringLiteral("braille")};
    return list;
}

QString RegistrationDesk::pushProblem(const QJsonObject &p, const QString &stationId)
{
    if (!isVisitorKey(p.value(QStringLiteral("visitorKey"))))
        return QStringLiteral("visitorKey: the key of the ID card read at this kiosk (64 hex characters)");
    const QString name = text(p, "name");
    if (name.isEmpty() || name.size() > 50)
        return QStringLiteral("name: the name from the ID card, 1 to 50 characters");
    const QString given = text(p, "givenName");
    if (given.isEmpty() || given.size() > 20)
        return QStringLiteral("givenName: 1 to 20 characters");
    const QJsonValue masked = p.value(QStringLiteral("idNumberMasked"));
    static const QRegularExpression maskShape(QStringLiteral("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$"));
    if (!masked.isUndefined() && !maskShape.match(masked.toString()).hasMatch())
        return QStringLiteral("idNumberMasked: the ID number masked like 110105********002X, never whole");
    const QJsonValue skills = p.value(QStringLiteral("skills"));
    if (!skills.isArray() || skills.toArray().isEmpty())
        return QStringLiteral("skills: at least one skill");
    for (const QJsonValue &s : skills.toArray()) {
        if (!core::HelpTypes::fromKey(s.toString()) && !extraSkills().contains(s.toString()))
            return QStringLiteral("skills: unknown skill \"%1\"").arg(s.toString().left(40));
    }
    QString problem;
    if (!WeekAvailability::read(p.value(QStringLiteral("availability")), &problem))
        return problem;
    if (text(p, "phone").isEmpty())
        return QStringLiteral("phone: a volunteer's phone is needed for the coordinator to call");
    const QJsonObject consent = p.value(QStringLiteral("consent")).toObject();
    const QDateTime agreedAt = QDateTime::fromString(consent.value(QStringLiteral("agreedAt")).toString(), Qt::ISODateWithMs);
    if (consent.value(QStringLiteral("version")).toString().isEmpty() || !agreedAt.isValid())
        return QStringLiteral("consent: the person's agreement to the real-name record is needed (version, agreedAt)");

    // Two kiosks of one station pushing the same person at once: the station row's lock makes
    // the second wait for the first, then find it.
    if (!m_db.exec(QStringLiteral("UPDATE stations SET name = name WHERE id = ?"), {stationId}))
        return QStringLiteral("storage: try again");
    auto q = m_db.exec(QStringLiteral("SELECT status, COALESCE(volunteer_id, '') FROM volunteer_registrations"
                                      " WHERE station_id = ? AND visitor_key = ? AND status <> 'refused'"),
                       {stationId, p.value(QStringLiteral("visitorKey")).toString()});
    if (q && q->next()) {
        if (q->value(0).toString() == u"approved")
            return QStringLiteral("visitorKey: already registered as volunteer %1").arg(q->value(1).toString());
        return QStringLiteral("visitorKey: already registered, waiting for a coordinator's approval");
    }
    return {};
}

bool RegistrationDesk::store(const QString &recordId, const QJsonObject &p, const QString &stationId)
{
    QString problem;
    const auto grid = WeekAvailability::read(p.value(QStringLiteral("availability")), &problem);
    QStringList skills;
    for (const QJsonValue &s : p.value(QStringLiteral("skills")).toArray())
        skills.append(s.toString());
    const QJsonObject consent = p.value(QStringLiteral("consent")).toObject();
    // Checked before by the phone rule (PayloadCheck); kept as digits only.
    const auto phone = core::PhoneNumber::parse(text(p, "phone"));
    const QString idType = text(p, "idType").isEmpty() ? QStringLiteral("resident_id_card") : text(p, "idType");
    return m_db
        .exec(QStringLiteral("INSERT INTO volunteer_registrations (id, station_id, visitor_key, name, given_name, id_type,"
                             " id_number_masked, skills, availability, phone, consent_version, consent_agreed_at, status,"
                             " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
              {recordId, stationId, p.value(QStringLiteral("visitorKey")).toString(), text(p, "name"), text(p, "givenName"),
               idType.left(40), text(p, "idNumberMasked"), skills.join(u';'),
               QString::fromUtf8(QJsonDocument(grid.value_or(QJsonObject())).toJson(QJsonDocument::Compact)),
               phone ? phone->digits() : QString(), consent.value(QStringLiteral("version")).toString().left(20),
               consent.value(QStringLiteral("agreedAt")).toString(), QDateTime::currentMSecsSinceEpoch()})
        .has_value();
}

std::optional<QJsonObject> RegistrationDesk::lookup(const QString &stationId, const QString &visitorKey)
{
    auto q = m_db.exec(QStringLiteral("SELECT r.status, COALESCE(r.volunteer_id, ''), COALESCE(v.given_name, r.given_name)"
                                      " FROM volunteer_registrations r LEFT JOIN volunteers v ON v.id = r.volunteer_id"
                                      " WHERE r.station_id = ? AND r.visitor_key = ? AND r.status <> 'refused'"),
                       {stationId, visitorKey});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return QJsonObject{{QStringLiteral("registered"), false}};
    QJsonObject answer{{QStringLiteral("registered"), true},
                       {QStringLiteral("status"), q->value(0).toString()},
                       {QStringLiteral("givenName"), q->value(2).toString()}};
    if (q->value(0).toString() == u"approved")
        answer.insert(QStringLiteral("volunteerNumber"), q->value(1).toString());
    return answer;
}

std::optional<QList<QJsonObject>> RegistrationDesk::pending()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT r.id, r.station_id, r.received_at, r.name, r.given_name, r.id_number_masked, r.skills, r.availability,"
        " r.phone, r.consent_version,"
        " (SELECT MIN(v.id) FROM volunteers v WHERE v.name = r.name AND v.id_number_masked = r.id_number_masked"
        "   AND r.id_number_masked <> ''),"
        " (SELECT MIN(o.id) FROM volunteer_registrations o WHERE o.id <> r.id AND o.status = 'pending'"
        "   AND o.name = r.name AND o.id_number_masked = r.id_number_masked AND r.id_number_masked <> '')"
        " FROM volunteer_registrations r WHERE r.status = 'pending' ORDER BY r.received_at, r.id"));
    if (!q)
        return std::nullopt;
    QList<QJsonObject> out;
    while (q->next()) {
        QJsonObject r{{QStringLiteral("id"), q->value(0).toString()},
                      {QStringLiteral("stationId"), q->value(1).toString()},
                      {QStringLiteral("receivedAt"),
                       QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
                      {QStringLiteral("name"), q->value(3).toString()},
                      {QStringLiteral("givenName"), q->value(4).toString()},
                      {QStringLiteral("idNumberMasked"), q->value(5).toString()},
                      {QStringLiteral("skills"), QJsonArray::fromStringList(q->value(6).toString().split(u';', Qt::SkipEmptyParts))},
                      {QStringLiteral("availability"), QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object()},
                      {QStringLiteral("phoneMasked"), core::maskPhone(q->value(8).toString())},
                      {QStringLiteral("consentVersion"), q->value(9).toString()}};
        // Visitor keys differ per station: the same card at another station looks like another
        // person. The same name and masked number is the hint a coordinator checks.
        if (!q->value(10).isNull())
            r.insert(QStringLiteral("possibleDuplicateOf"), q->value(10).toString());
        else if (!q->value(11).isNull())
            r.insert(QStringLiteral("possibleDuplicateOf"), q->value(11).toString());
        out.append(r);
    }
    return out;
}

RegistrationDesk::Decision RegistrationDesk::approve(const QString &registrationId)
{
    Decision d;
    // Claimed by one conditional update: of two coordinators approving it at once, one does.
    auto claim = m_db.exec(QStringLiteral("UPDATE volunteer_registrations SET status = 'approved', decided_at = ?"
                                          " WHERE id = ? AND status = 'pending'"),
                           {QDateTime::currentMSecsSinceEpoch(), registrationId});
    if (!claim) {
        d.problem = m_db.lastError();
        return d;
    }
    if (claim->numRowsAffected() != 1) {
        auto q = m_db.exec(QStringLiteral("SELECT status, COALESCE(volunteer_id, '') FROM volunteer_registrations WHERE id = ?"),
                           {registrationId});
        if (q && q->next())
            d.problem = q->value(0).toString() == u"approved"
                            ? QStringLiteral("registration %1 is approved already: %2").arg(registrationId, q->value(1).toString())
                            : QStringLiteral("registration %1 was refused").arg(registrationId);
        else
            d.problem = QStringLiteral("no registration %1").arg(registrationId);
        return d;
    }
    auto r = m_db.exec(QStringLiteral("SELECT r.station_id, r.name, r.given_name, r.id_type, r.id_number_masked, r.skills,"
                                      " r.availability, r.phone, s.district FROM volunteer_registrations r"
                                      " JOIN stations s ON s.id = r.station_id WHERE r.id = ?"),
                       {registrationId});
    if (!r || !r->next()) {
        d.problem = m_db.lastError();
        return d;
    }
    const QString stationId = r->value(0).toString();
    const QString district = r->value(8).toString();
    const QJsonObject grid = QJsonDocument::fromJson(r->value(6).toString().toUtf8()).object();
    const QVariantList fields{r->value(1), r->value(2), r->value(3), r->value(4), r->value(5), r->value(6), r->value(7)};
    r->finish();
    VolunteerNumbers numbers(m_db);
    const auto number = numbers.next(numbers.prefixFor(district));
    if (!number) {
        d.problem = m_db.lastError();
        return d;
    }
    QVariantList values{*number, stationId, QDateTime::currentMSecsSinceEpoch(), district,
                        WeekAvailability::dayParts(grid).join(u';')};
    values.append(fields);
    if (!m_db.exec(QStringLiteral("INSERT INTO volunteers (id, station_id, registered_at, district, availability, name,"
                                  " given_name, id_type, id_number_masked, skills, week_availability, phone, hours_total)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                   values)
        // The person's data now lives in the volunteer row only.
        || !m_db.exec(QStringLiteral("UPDATE volunteer_registrations SET volunteer_id = ?, name = '', phone = '',"
                                     " id_number_masked = '' WHERE id = ?"),
                      {*number, registrationId})
        || !VolunteerRegistry(m_db).publish(*number)
        || !m_feed.append(stationId, {0, QStringLiteral("registration_status"), registrationId,
                                      {{QStringLiteral("status"), QStringLiteral("approved")},
                                       {QStringLiteral("volunteerNumber"), *number},
                                       {QStringLiteral("changedAt"), nowUtc()}},
                                      false})) {
        d.problem = m_db.lastError();
        return d;
    }
    d.ok = true;
    d.volunteerNumber = *number;
    return d;
}

RegistrationDesk::Decision RegistrationDesk::refuse(const QString &registrationId, const QString &reason)
{
    Decision d;
    if (reason.trimmed().isEmpty() || reason.size() > 200) {
        d.problem = QStringLiteral("--reason: plain words for the person, 1 to 200 characters");
        return d;
    }
    // Refused: nothing personal is kept beyond the fact and the reason.
    auto q = m_db.exec(QStringLiteral("UPDATE volunteer_registrations SET status = 'refused', reason = ?, decided_at = ?,"
                                      " name = '', given_name = '', phone = '', id_number_masked = '', availability = ''"
                                      " WHERE id = ? AND status = 'pending'"),
                       {reason.trimmed(), QDateTime::currentMSecsSinceEpoch(), registrationId});
    if (!q) {
        d.problem = m_db.lastError();
        return d;
    }
    if (q->numRowsAffected() != 1) {
        const QVariant status = m_db.scalar(QStringLiteral("SELECT status FROM volunteer_registrations WHERE id = ?"),
                                            {registrationId});
        d.problem = status.isValid() ? QStringLiteral("registration %1 is %2 already").arg(registrationId, status.toString())
                                     : QStringLiteral("no registration %1").arg(registrationId);
        return d;
    }
    const QString stationId =
        m_db.scalar(QStringLiteral("SELECT station_id FROM volunteer_registrations WHERE id = ?"), {registrationId}).toString();
    if (!m_feed.append(stationId, {0, QStringLiteral("registration_status"), registrationId,
                                   {{QStringLiteral("status"), QStringLiteral("refused")},
                                    {QStringLiteral("reason"), reason.trimmed()},
                                    {QStringLiteral("changedAt"), nowUtc()}},
                                   false})) {
        d.problem = m_db.lastError();
        return d;
    }
    d.ok = true;
    return d;
}

} // namespace server
