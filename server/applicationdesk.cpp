// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/applicationdesk.h"

#include "core/applicationstate.h"
#include "core/certificateprocedure.h"
#include "core/citydistricts.h"
#include "core/phonenumber.h"
#include "core/procedurechoice.h"
#include "server/certificateregistry.h"
#include "server/stationclock.h"
#include "server/transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace server {

namespace {

using P = core::CertificateProcedure;

bool matches(const QRegularExpression &pattern, const QJsonValue &v)
{
    return v.isString() && pattern.match(v.toString()).hasMatch();
}

/// Why the procedure's choice value is wrong, or empty. Which values are right is core's rule
/// (ProcedureChoices::fromWire, the same table the kiosk offers); only the words are the server's.
QString choiceProblem(P procedure, const QJsonValue &v)
{
    if (core::ProcedureChoices::fromWire(procedure, v))
        return {};
    const QString field = core::ProcedureChoices::field(procedure);
    const QString key = core::CertificateProcedures::key(procedure);
    switch (procedure) {
    case P::Apply: return QStringLiteral("category: a disability category 1 to 7, or left out when not sure");
    case P::Renew: break;
    case P::Transfer:
        if (!v.isUndefined())
            return QStringLiteral("district: the area code of a district of Tianjin, or outside_city");
        break;
    default:
        if (!v.isUndefined()) {
            QStringList keys;
            for (const core::ProcedureOption &option : core::ProcedureChoices::options(procedure))
                keys.append(option.key);
            return QStringLiteral("%1: one of %2").arg(field, keys.join(u", "));
        }
        break;
    }
    if (v.isUndefined())
        return QStringLiteral("%1: a %2 application needs it").arg(field, key);
    return QStringLiteral("situationChanged: true or false");
}

QString nowUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

const QStringList &ApplicationDesk::statuses()
{
    // The kiosk shows these states (core::ApplicationStates); both ends share the keys.
    static const QStringList list = [] {
        QStringList keys;
        for (core::ApplicationState state : core::ApplicationStates::all())
            keys.append(core::ApplicationStates::key(state));
        return keys;
    }();
    return list;
}

QString ApplicationDesk::pushProblem(const QJsonObject &p)
{
    static const QRegularExpression visitorKeyForm(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression maskedForm(QStringLiteral("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$"));
    static const QRegularExpression codeForm(QStringLiteral("^[2-9A-HJ-NP-Z]{4,6}$"));
    const QString procedure = p.value(QStringLiteral("procedure")).toString();
    const auto known = core::CertificateProcedures::fromKey(procedure);
    if (!known) {
        QStringList keys;
        for (P each : core::CertificateProcedures::all())
            keys.append(core::CertificateProcedures::key(each));
        return QStringLiteral("procedure: one of %1").arg(keys.join(u", "));
    }
    // The procedure's one choice field (core::ProcedureChoices, as the kiosk writes it).
    const QString field = core::ProcedureChoices::field(*known);
    if (!matches(visitorKeyForm, p.value(QStringLiteral("visitorKey"))))
        return QStringLiteral("visitorKey: the key of the ID card read at this kiosk (64 hex characters)");
    if (!matches(maskedForm, p.value(QStringLiteral("idNumberMasked"))))
        return QStringLiteral("idNumberMasked: the ID number masked like 120101********0016, never whole");
    // (Its form is checked before, by the phone rule; here that it is there: staff must call.)
    if (p.value(QStringLiteral("phone")).toString().isEmpty())
        return QStringLiteral("phone: staff call the visitor to arrange the papers, so a phone is needed");
    if (!matches(codeForm, p.value(QStringLiteral("code"))))
        return QStringLiteral("code: the visitor's code, 4 to 6 letters and digits");
    const QString id = p.value(QStringLiteral("id")).toString();
    if (id.size() != 36 || QUuid::fromString(id).isNull())
        return QStringLiteral("id: the record's id (a UUID) is needed");
    const QString createdAt = p.value(QStringLiteral("createdAt")).toString();
    if (!createdAt.endsWith(u'Z') || !QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid())
        return QStringLiteral("createdAt: UTC time like 2026-12-01T09:30:00.000Z");
    if (const QString problem = choiceProblem(*known, p.value(field)); !problem.isEmpty())
        return problem;
    // Exactly its own choice: another procedure's field is a kiosk out of step, not a detail.
    static const QSet<QString> common{QStringLiteral("id"),         QStringLiteral("createdAt"),
                                      QStringLiteral("procedure"),  QStringLiteral("visitorKey"),
                                      QStringLiteral("idNumberMasked"), QStringLiteral("phone"),
                                      QStringLiteral("code")};
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (!common.contains(it.key()) && it.key() != field)
            return QStringLiteral("%1: not a field of a %2 application").arg(it.key().left(40), procedure);
    }
    return {};
}

QString ApplicationDesk::choiceOf(const QJsonObject &p)
{
    const QString procedure = p.value(QStringLiteral("procedure")).toString();
    const auto known = core::CertificateProcedures::fromKey(procedure);
    if (!known)
        return {};
    return core::ProcedureChoices::fromWire(*known, p.value(core::ProcedureChoices::field(*known))).value_or(QString());
}

bool ApplicationDesk::store(const QString &recordId, const QJsonObject &p, const QString &stationId)
{
    CertificateRegistry registry(m_db);
    const QString visitorKey = p.value(QStringLiteral("visitorKey")).toString();
    // The server knows a key for a certificate it sent to this station (feed or lookup); a card
    // cached before those keys were kept (migration 6) is found by its masked number and key.
    const QString procedure = p.value(QStringLiteral("procedure")).toString();
    const auto known = core::CertificateProcedures::fromKey(procedure);
    QString idNumber = registry.idNumberForKey(stationId, visitorKey);
    // A first application has no certificate to find: the fallback is only for the others.
    if (idNumber.isEmpty() && known != core::CertificateProcedure::Apply) {
        idNumber = registry.idNumberForMaskedKey(stationId, p.value(QStringLiteral("idNumberMasked")).toString(),
                                                 visitorKey);
    }
    const QString choice = choiceOf(p);
    if (!idNumber.isEmpty() && known && core::ProcedureChoices::isReportOfLoss(*known, choice)
        && !registry.reportLost(idNumber, StationClock::today(), stationId))
        return false;
    const auto phone = core::PhoneNumber::parse(p.value(QStringLiteral("phone")).toString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // When the visitor sent it (checked to be UTC): an offline kiosk may push days later, and
    // staff's queue and the working days count from the visitor's day.
    const QDateTime sent = QDateTime::fromString(p.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const qint64 kioskCreatedAt = sent.isValid() ? sent.toMSecsSinceEpoch() : now;
    return m_db
        .exec(QStringLiteral("INSERT INTO certificate_applications (id, station_id, procedure, choice, status, visitor_key,"
                             " id_number_masked, phone, code, certificate_found, created_at, status_changed_at,"
                             " kiosk_created_at) VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?)"),
              {recordId, stationId, procedure, choice, visitorKey, p.value(QStringLiteral("idNumberMasked")).toString(),
               phone ? phone->digits() : QString(), p.value(QStringLiteral("code")).toString(), idNumber.isEmpty() ? 0 : 1,
               now, now, kioskCreatedAt})
        .has_value();
}

int ApplicationDesk::clearStalePhones(int days, qint64 nowMs)
{
    if (days <= 0)
        return 0;
    const qint64 before = nowMs - qint64(days) * 24 * 60 * 60 * 1000;
    // Done and refused ones lost the phone when they closed; these are the ones nobody acted on
    // (a duplicate, one staff forgot). Staff who still need to call have the code to ask for it.
    auto q = m_db.exec(QStringLiteral("UPDATE certificate_applications SET phone = ''"
                                      " WHERE phone <> '' AND status IN ('submitted', 'accepted') AND created_at < ?"),
                       {before});
    return q ? q->numRowsAffected() : -1;
}

std::optional<QList<ApplicationDesk::Application>> ApplicationDesk::applications(const QString &stationId,
                                                                                 const QStringList &wanted)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.station_id, a.procedure, a.choice, a.status, a.reason, a.id_number_masked, a.phone, a.code,"
        " a.certificate_found, COALESCE(c.reported_lost_on, ''), a.created_at, a.status_changed_at,"
        " COALESCE(a.kiosk_created_at, a.created_at)"
        " FROM certificate_applications a"
        " LEFT JOIN certificate_keys k ON k.station_id = a.station_id AND k.key = a.visitor_key"
        " LEFT JOIN certificates c ON c.id_index = k.id_index WHERE 1 = 1");
    QVariantList args;
    if (!stationId.isEmpty()) {
        sql += QStringLiteral(" AND a.station_id = ?");
        args.append(stationId);
    }
    if (!wanted.isEmpty()) {
        QStringList marks;
        for (const QString &s : wanted) {
            marks.append(QStringLiteral("?"));
            args.append(s);
        }
        sql += QStringLiteral(" AND a.status IN (%1)").arg(marks.join(u", "));
    }
    // Oldest first by the visitor's time: who has waited longest comes first.
    sql += QStringLiteral(" ORDER BY COALESCE(a.kiosk_created_at, a.created_at), a.created_at, a.id");
    auto q = m_db.exec(sql, args);
    if (!q)
        return std::nullopt;
    QList<Application> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
                     q->value(8).toString(), q->value(9).toInt() != 0, q->value(10).toString(),
                     q->value(11).toLongLong(), q->value(12).toLongLong(), q->value(13).toLongLong()});
    }
    return list;
}

bool ApplicationDesk::setStatus(const QString &id, const QString &status, const QString &reason,
                                const core::LocalizedText &pickupPlace, QString *problem)
{
    Transaction tx(m_db);
    if (!setStatusInTransaction(id, status, reason, pickupPlace, problem))
        return false;
    return tx.commit();
}

bool ApplicationDesk::setStatusInTransaction(const QString &id, const QString &status, const QString &reason,
                                             const core::LocalizedText &pickupPlace, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!statuses().contains(status))
        return fail(QStringLiteral("unknown status \"%1\"; one of %2").arg(status.left(40), statuses().join(u", ")));
    const QString why = reason.trimmed();
    if (status == u"refused" && (why.isEmpty() || why.size() > 200))
        return fail(QStringLiteral("--reason: a refusal needs the reason in plain words for the visitor (1 to 200 characters)"));
    const bool hasPlace = !pickupPlace.zh.isEmpty() || !pickupPlace.en.isEmpty();
    if (hasPlace && status != u"done")
        return fail(QStringLiteral("--pickup-zh/--pickup-en: only with done (where to collect the new card)"));
    if (hasPlace && (pickupPlace.zh.isEmpty() || pickupPlace.en.isEmpty()))
        return fail(QStringLiteral("--pickup-zh/--pickup-en: give the place in both languages"));
    auto current = m_db.exec(QStringLiteral("SELECT station_id, status FROM certificate_applications WHERE id = ?"), {id});
    if (!current)
        return false;
    if (!current->next())
        return fail(QStringLiteral("no certificate application %1").arg(id.left(40)));
    const QString stationId = current->value(0).toString();
    const QString was = current->value(1).toString();
    const auto from = core::ApplicationStates::fromKey(was);
    const auto to = core::ApplicationStates::fromKey(status);
    if (!from || !to || !core::ApplicationStates::canMove(*from, *to))
        return fail(QStringLiteral("an application cannot go from %1 to %2").arg(was, status));
    const bool closed = status == u"done" || status == u"refused";
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    // The phone is only for arranging the papers: kept no longer than the application is open.
    if (!m_db.exec(QStringLiteral("UPDATE certificate_applications SET status = ?, reason = ?, status_changed_at = ?,"
                                  " phone = CASE WHEN ? = 1 THEN '' ELSE phone END WHERE id = ?"),
                   {status, status == u"refused" ? why : QString(), t, closed ? 1 : 0, id}))
        return false;
    // The record's status in the requests' words, so statistics count a done application as
    // served; a refusal ends it uncounted, as a cancelled request does.
    const QString recordStatus = status == u"refused" ? QStringLiteral("cancelled") : status;
    if (!m_db.exec(QStringLiteral("UPDATE records SET status = ?, status_changed_at = ? WHERE id = ?"), {recordStatus, t, id}))
        return false;
    QJsonObject data{{QStringLiteral("status"), status}, {QStringLiteral("changedAt"), nowUtc(t)}};
    if (status == u"refused")
        data.insert(QStringLiteral("reason"), why);
    if (hasPlace)
        data.insert(QStringLiteral("pickupPlace"),
                    QJsonObject{{QStringLiteral("zh"), pickupPlace.zh}, {QStringLiteral("en"), pickupPlace.en}});
    return m_feed.append(stationId, {0, QStringLiteral("application_status"), id, data, false});
}

} // namespace server
