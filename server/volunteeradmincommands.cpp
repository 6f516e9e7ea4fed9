// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteeradmincommands.h"

#include "core/masking.h"
#include "server/certificatepdf.h"
#include "server/checkindesk.h"
#include "server/database.h"
#include "server/registrationdesk.h"
#include "server/servicecertificate.h"
#include "server/stationclock.h"
#include "server/transaction.h"
#include "server/volunteerhoursreport.h"
#include "server/volunteernumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace server {

namespace {

/// The station's minute, "-" for no time (a check-in not closed).
QString minuteOrDash(const QDateTime &utc)
{
    return utc.isValid() ? StationClock::localMinute(utc.toMSecsSinceEpoch()) : QStringLiteral("-");
}

} // namespace

QStringList VolunteerAdminCommands::flagNames()
{
    return {QStringLiteral("pending")};
}

QStringList VolunteerAdminCommands::commandsWithId()
{
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("approve-duty"), QStringLiteral("reject-duty")};
}

bool VolunteerAdminCommands::printsPdf(const QStringList &arguments)
{
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    return arguments.value(0) == u"volunteer-certificate" && format > 0 && arguments.value(format + 1) == u"pdf";
}

QString VolunteerAdminCommands::usage()
{
    return QStringLiteral(
        "  volunteers [--pending] [--json]           volunteers; --pending: registrations waiting for approval\n"
        "  approve ID                                approve a registration: a volunteer number, sent to the district\n"
        "  reject ID --reason TEXT                   refuse a registration (the person's data is cleared)\n"
        "  duty --pending                            station duty check-ins waiting for approval\n"
        "  approve-duty ID | reject-duty ID --reason TEXT   count (or not) a station duty check-in's hours\n"
        "  volunteer-hours --volunteer N [--from yyyy-MM-dd --to yyyy-MM-dd] [--json]   periods, hours, total, stars\n"
        "  volunteer-hours-csv --from yyyy-MM-dd --to yyyy-MM-dd [--out FILE]\n"
        "                                            hours by volunteer and month: ")
        + VolunteerHoursReport::csvHeader
        + QStringLiteral("\n"
        "  volunteer-certificate --volunteer N --format text|pdf --out FILE [--issuer TEXT]\n"
        "                                            志愿服务记录证明, the certificate of service hours\n"
        "  volunteer-prefix --prefix TJ [--district D]   the volunteer numbers' prefix (TJ-V-000123), city or district\n"
        "  certificate-issuer --name TEXT            who issues the certificates (出具单位), unless --issuer is given\n");
}

bool VolunteerAdminCommands::require(const QStringList &names)
{
    for (const QString &n : names) {
        if (option(n).isEmpty()) {
            m_err << "missing " << (n == u"id" ? QStringLiteral("ID") : QStringLiteral("--") + n) << "\n" << usage();
            return false;
        }
    }
    return true;
}

bool VolunteerAdminCommands::run(const QString &command, int *status)
{
    if (command == u"volunteers")
        *status = volunteers();
    else if (command == u"approve")
        *status = approve();
    else if (command == u"reject")
        *status = reject();
    else if (command == u"duty")
        *status = duty();
    else if (command == u"approve-duty")
        *status = approveDuty();
    else if (command == u"reject-duty")
        *status = rejectDuty();
    else if (command == u"volunteer-hours")
        *status = hours();
    else if (command == u"volunteer-hours-csv")
        *status = hoursCsv();
    else if (command == u"volunteer-certificate")
        *status = certificate();
    else if (command == u"volunteer-prefix")
        *status = prefix();
    else if (command == u"certificate-issuer")
        *status = issuer();
    else
        return false;
    return true;
}

int VolunteerAdminCommands::volunteers()
{
    const bool json = m_flags.contains(QStringLiteral("json"));
    if (m_flags.contains(QStringLiteral("pending"))) {
        const auto list = RegistrationDesk(m_db).pending();
        if (!list) {
            m_err << m_db.lastError() << "\n";
            return 1;
        }
        if (json) {
            QJsonArray array;
            for (const QJsonObject &r : *list)
                array.append(r);
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (list->isEmpty())
            m_out << "no registration is waiting\n";
        // The terminal a coordinator reads: name and masked numbers, never a whole phone.
        for (const QJsonObject &r : *list) {
            QStringList days;
            const QJsonObject grid = r.value(QStringLiteral("availability")).toObject();
            for (auto it = grid.begin(); it != grid.end(); ++it) {
                QStringList parts;
                for (const QJsonValue &p : it.value().toArray())
                    parts.append(p.toString());
                days.append(it.key() + u' ' + parts.join(u'/'));
            }
            m_out << r.value(QStringLiteral("id")).toString() << "  station " << r.value(QStringLiteral("stationId")).toString()
                  << "  " << r.value(QStringLiteral("receivedAt")).toString() << "\n    "
                  << r.value(QStringLiteral("name")).toString() << " (" << r.value(QStringLiteral("givenName")).toString()
                  << ")  ID " << r.value(QStringLiteral("idNumberMasked")).toString(QStringLiteral("-")) << "  phone "
                  << r.value(QStringLiteral("phoneMasked")).toString() << "\n    skills "
                  << r.value(QStringLiteral("skills")).toVariant().toStringList().join(u", ") << "; can help "
                  << days.join(u", ") << "; consent " << r.value(QStringLiteral("consentVersion")).toString() << "\n";
            if (r.contains(QStringLiteral("possibleDuplicateOf")))
                m_out << "    possibly registered already (same name and masked ID number): "
                      << r.value(QStringLiteral("possibleDuplicateOf")).toString() << "\n";
        }
        return 0;
    }
    auto q = m_db.exec(QStringLiteral("SELECT id, given_name, COALESCE(station_id, ''), district, hours_total FROM volunteers"
                                      " ORDER BY id"));
    if (!q) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    while (q->next())
        m_out << q->value(0).toString() << "  " << q->value(1).toString() << "  station "
              << (q->value(2).toString().isEmpty() ? QStringLiteral("-") : q->value(2).toString()) << "  district "
              << (q->value(3).toString().isEmpty() ? QStringLiteral("-") : q->value(3).toString()) << "  hours "
              << QString::number(q->value(4).toDouble(), 'f', 1) << "\n";
    return 0;
}

int VolunteerAdminCommands::approve()
{
    if (!require({QStringLiteral("id")}))
        return 2;
    Transaction tx(m_db);
    const auto d = RegistrationDesk(m_db).approve(option(QStringLiteral("id")));
    if (!d.ok || !tx.commit()) {
        m_err << (d.problem.isEmpty() ? m_db.lastError() : d.problem) << "\n";
        return 1;
    }
    m_out << "approved: volunteer number " << d.volunteerNumber << "\n";
    return 0;
}

int VolunteerAdminCommands::reject()
{
    if (!require({QStringLiteral("id"), QStringLiteral("reason")}))
        return 2;
    Transaction tx(m_db);
    const auto d = RegistrationDesk(m_db).refuse(option(QStringLiteral("id")), option(QStringLiteral("reason")));
    if (!d.ok || !tx.commit()) {
        m_err << (d.problem.isEmpty() ? m_db.lastError() : d.problem) << "\n";
        return 1;
    }
    m_out << "refused; the station is told the reason\n";
    return 0;
}

int VolunteerAdminCommands::duty()
{
    const auto list = CheckInDesk(m_db).pendingDuty();
    if (!list) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    if (list->isEmpty())
        m_out << "no station duty is waiting\n";
    for (const auto &p : *list) {
        m_out << p.checkInId << "  " << p.volunteerId << "  station " << p.stationId << "  " << minuteOrDash(p.start) << " to "
              << minuteOrDash(p.end).right(5);
        if (p.end.isValid())
            m_out << "  " << QString::number(double(p.halfHours) / 2.0, 'f', 1) << " h\n";
        else
            m_out << "  not checked out yet\n";
    }
    return 0;
}

int VolunteerAdminCommands::approveDuty()
{
    if (!require({QStringLiteral("id")}))
        return 2;
    Transaction tx(m_db);
    QString problem;
    if (!CheckInDesk(m_db).approveDuty(option(QStringLiteral("id")), &problem) || !tx.commit()) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "station duty approved: its hours count\n";
    return 0;
}

int VolunteerAdminCommands::rejectDuty()
{
    if (!require({QStringLiteral("id"), QStringLiteral("reason")}))
        return 2;
    Transaction tx(m_db);
    QString problem;
    if (!CheckInDesk(m_db).refuseDuty(option(QStringLiteral("id")), option(QStringLiteral("reason")), &problem) || !tx.commit()) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "station duty refused: its hours do not count\n";
    return 0;
}

int VolunteerAdminCommands::hours()
{
    if (!require({QStringLiteral("volunteer")}))
        return 2;
    const QDate from = QDate::fromString(option(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(option(QStringLiteral("to")), Qt::ISODate);
    QString problem;
    const auto report = VolunteerHoursReport(m_db).hours(option(QStringLiteral("volunteer")).toUpper(), &problem, from, to);
    if (!report) {
        m_err << problem << "\n";
        return 1;
    }
    if (m_flags.contains(QStringLiteral("json")))
        m_out << QJsonDocument(*report).toJson(QJsonDocument::Indented);
    else
        m_out << VolunteerHoursReport::format(*report);
    return 0;
}

bool VolunteerAdminCommands::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << "cannot write " << path << ": " << file.errorString() << "\n";
        return false;
    }
    return true;
}

int VolunteerAdminCommands::hoursCsv()
{
    if (!require({QStringLiteral("from"), QStringLiteral("to")}))
        return 2;
    const QDate from = QDate::fromString(option(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(option(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from) {
        m_err << "--from and --to: station days like 2026-12-01, --to not before --from\n";
        return 2;
    }
    const auto csv = VolunteerHoursReport(m_db).csv(from, to);
    if (!csv) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    if (option(QStringLiteral("out")).isEmpty()) {
        m_out << *csv;
        return 0;
    }
    return writeFile(option(QStringLiteral("out")), csv->toUtf8()) ? 0 : 1;
}

int VolunteerAdminCommands::certificate()
{
    if (!require({QStringLiteral("volunteer"), QStringLiteral("format"), QStringLiteral("out")}))
        return 2;
    const QString format = option(QStringLiteral("format"));
    if (format != u"text" && format != u"pdf") {
        m_err << "--format: text or pdf\n";
        return 2;
    }
    QString problem;
    const auto report = VolunteerHoursReport(m_db).hours(option(QStringLiteral("volunteer")).toUpper(), &problem);
    if (!report) {
        m_err << problem << "\n";
        return 1;
    }
    QString issuer = option(QStringLiteral("issuer"));
    if (issuer.isEmpty())
        issuer = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'certificate_issuer'")).toString();
    if (issuer.isEmpty())
        issuer = QStringLiteral("（未设置 / not set: --issuer）");
    const ServiceCertificate certificate(*report, issuer, StationClock::today());
    if (format == u"text") {
        if (!writeFile(option(QStringLiteral("out")), certificate.text().toUtf8()))
            return 1;
    } else if (!CertificatePdf::write(certificate.html(), QStringLiteral("志愿服务记录证明 ") + certificate.number(),
                                      option(QStringLiteral("out")), &problem)) {
        m_err << problem << "\n";
        return 1;
    }
    m_out << "certificate " << certificate.number() << " written to " << option(QStringLiteral("out")) << "\n";
    return 0;
}

int VolunteerAdminCommands::issuer()
{
    if (!require({QStringLiteral("name")}))
        return 2;
    if (!m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('certificate_issuer', ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {option(QStringLiteral("name")).trimmed()})) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    m_out << "certificates are issued by " << option(QStringLiteral("name")).trimmed() << "\n";
    return 0;
}

int VolunteerAdminCommands::prefix()
{
    if (!require({QStringLiteral("prefix")}))
        return 2;
    QString problem;
    if (!VolunteerNumbers(m_db).setPrefix(option(QStringLiteral("district")), option(QStringLiteral("prefix")), &problem)) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return problem.isEmpty() ? 1 : 2;
    }
    m_out << "volunteer numbers of " << (option(QStringLiteral("district")).isEmpty() ? QStringLiteral("the city")
                                                                                       : option(QStringLiteral("district")))
          << " begin " << option(QStringLiteral("prefix")) << "-V-\n";
    return 0;
}

} // namespace server
