// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admincommand.h"

#include "server/applicationadmincommands.h"
#include "server/bookingadmincommands.h"
#include "server/console/consoleuseradmincommands.h"
#include "server/demoassignments.h"
#include "server/democertificateseed.h"
#include "server/console/plandemohistory.h"
#include "server/demoservices.h"
#include "server/demovolunteers.h"
#include "server/certificateregistry.h"
#include "server/csvimporter.h"
#include "server/database.h"
#include "server/helpadmincommands.h"
#include "server/keyadmincommands.h"
#include "server/lookupaudit.h"
#include "server/placeregistry.h"
#include "server/recordstore.h"
#include "server/sealer.h"
#include "server/stationoption.h"
#include "server/stationregistry.h"
#include "server/statistics.h"
#include "server/transaction.h"
#include "server/volunteeradmincommands.h"

#include <QFile>
#include <QJsonDocument>

namespace server {

QString AdminCommand::usage()
{
    return QStringLiteral(
        "usage: kiosk-server admin COMMAND --db sqlite:PATH|postgresql://user@host:port/db [options]\n"
        "  migrate                                   create or upgrade the schema\n"
        "  station-create --station-id ID --name NAME [--district D] [--enrollment-code CODE] [--valid-days N]\n"
        "  station-code --station-id ID [--enrollment-code CODE] [--valid-days N]   a new one-time code\n"
        "  station-revoke --station-id ID            the station's credential stops working at once\n"
        "  station-unrevoke --station-id ID          lifts a revocation; the revoked credential stays withdrawn:\n"
        "                                            the kiosk enrolls again with a code from station-code\n"
        "  stations                                  list stations, last contact, backlog and reported state\n"
        "  import-certificates --file FILE.csv       id_number,holder_name,category,level,status,valid_until,station_id\n"
        "                                            optional: state_since,issued_on,pickup_place_zh,pickup_place_en,replacement\n"
        "  import-volunteers --file FILE.csv         volunteer_id,name,phone,station_id,skills,hours_total\n"
        "                                            optional: given_name, availability (morning;afternoon;evening)\n"
        "  set-status --request ID --status STATUS   submitted|accepted|assigned|done|cancelled\n"
        "  stats [--station-id ID] [--json]          figures against the plan's targets\n"
        "  lookup-audit [--station S] [--limit N]    online certificate lookups, newest first (ID numbers masked)\n"
        "  demo-seed --station-id ID --enrollment-code CODE [--name NAME] [--cache-key KEY] [--history]\n"
        "                                            a station, services with times, volunteers and certificates for a demo\n")
        + HelpAdminCommands::usage() + BookingAdminCommands::usage() + VolunteerAdminCommands::usage()
        + ApplicationAdminCommands::usage() + console::ConsoleUserAdminCommands::usage() + KeyAdminCommands::usage();
}

bool AdminCommand::require(const QStringList &names)
{
    for (const QString &n : names) {
        if (option(n).isEmpty()) {
            m_err << "missing --" << n << "\n" << usage();
            return false;
        }
    }
    return true;
}

int AdminCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        return 2;
    }
    const QString command = arguments.first();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (!a.startsWith(u"--") && command == u"services-import" && !m_options.contains(QStringLiteral("file"))) {
            m_options.insert(QStringLiteral("file"), a); // services-import FILE.csv
            continue;
        }
        if (!a.startsWith(u"--") && VolunteerAdminCommands::commandsWithId().contains(command)
            && !m_options.contains(QStringLiteral("id"))) {
            m_options.insert(QStringLiteral("id"), a); // approve ID
            continue;
        }
        if (!a.startsWith(u"--")) {
            m_err << "unexpected argument " << a << "\n" << usage();
            return 2;
        }
        if (a == u"--json" || a == u"--history" || BookingAdminCommands::flagNames().contains(a.mid(2))
            || VolunteerAdminCommands::flagNames().contains(a.mid(2))
            || console::ConsoleUserAdminCommands::flagNames().contains(a.mid(2))) {
            m_flags.append(a.mid(2));
            continue;
        }
        if (i + 1 >= arguments.size()) {
            m_err << a << " needs a value\n";
            return 2;
        }
        m_options.insert(a.mid(2), arguments.at(++i));
    }
    if (!require({QStringLiteral("db")}))
        return 2;
    QString problem;
    const auto url = DatabaseUrl::parse(option(QStringLiteral("db")), &problem);
    if (!url) {
        m_err << problem << "\n";
        return 2;
    }
    // The key that seals ID numbers and station keys (--key-file, KIOSK_SERVER_KEY_FILE, or
    // SQLite's DB.key): without it nothing that holds them can be read or written.
    const auto sealer = Sealer::forServer(option(QStringLiteral("key-file")), *url, &problem);
    if (!sealer) {
        m_err << problem << "\n";
        return 2;
    }
    auto db = Database::open(*url, &problem);
    if (db)
        db->setSealer(sealer);
    if (!db || !db->migrate(&problem)) {
        m_err << problem << "\n";
        return 1;
    }
    m_db = db.get();
    int status = 2;
    if (command == u"migrate") {
        m_out << "schema version " << db->schemaVersion() << "\n";
        status = 0;
    } else if (command == u"demo-seed") {
        status = demoSeed();
    } else if (command == u"station-create") {
        status = stationCreate();
    } else if (command == u"station-code") {
        status = stationCode();
    } else if (command == u"station-revoke") {
        status = stationRevoke();
    } else if (command == u"station-unrevoke") {
        status = stationUnrevoke();
    } else if (command == u"stations") {
        status = stationList();
    } else if (command == u"import-certificates") {
        status = importCsv(true);
    } else if (command == u"import-volunteers") {
        status = importCsv(false);
    } else if (KeyAdminCommands(*db, m_out, m_err, m_options).run(command, &status)) {
        // rotate-key
    } else if (HelpAdminCommands(*db, m_out, m_err, m_options, m_flags).run(command, &status)) {
        // match, assign, volunteer, place-add, place-remove, places
    } else if (BookingAdminCommands(*db, m_out, m_err, m_options, m_flags).run(command, &status)) {
        // service-add, slots-generate, day-close, services-import, bookings
    } else if (VolunteerAdminCommands(*db, m_out, m_err, m_options, m_flags).run(command, &status)) {
        // volunteers, approve, reject, duty, approve-duty, reject-duty, volunteer-hours(-csv),
        // volunteer-certificate, volunteer-prefix
    } else if (ApplicationAdminCommands(*db, m_out, m_err, m_options, m_flags).run(command, &status)) {
        // applications, set-status --application
    } else if (console::ConsoleUserAdminCommands(*db, m_out, m_err, m_options, m_flags).run(command, &status)) {
        // user-create, user-password, user-disable, users (the coordinators' console)
    } else if (command == u"set-status") {
        status = setStatus();
    } else if (command == u"stats") {
        status = stats();
    } else if (command == u"lookup-audit") {
        status = lookupAudit();
    } else {
        m_err << "unknown command " << command << "\n" << usage();
    }
    m_db = nullptr;
    return status;
}

int AdminCommand::stationCreate()
{
    if (!require({QStringLiteral("station-id"), QStringLiteral("name")}))
        return 2;
    StationRegistry stations(*m_db);
    QString problem;
    if (!stations.create(option(QStringLiteral("station-id")), option(QStringLiteral("name")),
                         option(QStringLiteral("district")), &problem)) {
        m_err << problem << "\n";
        return 1;
    }
    return stationCode();
}

int AdminCommand::stationCode()
{
    if (!require({QStringLiteral("station-id")}))
        return 2;
    StationRegistry stations(*m_db);
    const int days = option(QStringLiteral("valid-days")).isEmpty() ? 7 : option(QStringLiteral("valid-days")).toInt();
    const auto code = stations.issueEnrollmentCode(option(QStringLiteral("station-id")),
                                                   option(QStringLiteral("enrollment-code")), days);
    if (!code) {
        m_err << "no station " << option(QStringLiteral("station-id")) << "\n";
        return 1;
    }
    m_out << "station " << option(QStringLiteral("station-id")) << " enrollment code: " << *code
          << " (one use, valid " << days << " days)\n";
    return 0;
}

int AdminCommand::stationRevoke()
{
    if (!require({QStringLiteral("station-id")}))
        return 2;
    StationRegistry stations(*m_db);
    if (!stations.revoke(option(QStringLiteral("station-id")))) {
        m_err << "no station " << option(QStringLiteral("station-id")) << "\n";
        return 1;
    }
    m_out << "station " << option(QStringLiteral("station-id")) << " revoked\n";
    return 0;
}

int AdminCommand::stationUnrevoke()
{
    if (!require({QStringLiteral("station-id")}))
        return 2;
    const QString id = option(QStringLiteral("station-id"));
    switch (StationRegistry(*m_db).unrevoke(id)) {
    case StationRegistry::UnrevokeOutcome::Unrevoked:
        m_out << "station " << id << " is no longer revoked; its old credential stays withdrawn: it enrolls again"
              << " with an enrollment code (station-code gives one)\n";
        return 0;
    case StationRegistry::UnrevokeOutcome::NotRevoked:
        m_err << "station " << id << " is not revoked; nothing changed\n";
        return 1;
    case StationRegistry::UnrevokeOutcome::Unknown:
        m_err << "no station " << id << "\n";
        return 1;
    case StationRegistry::UnrevokeOutcome::StorageError:
        break;
    }
    m_err << "the database could not be changed: " << m_db->lastError() << "\n";
    return 1;
}

int AdminCommand::stationList()
{
    StationRegistry stations(*m_db);
    for (const StationInfo &s : stations.all())
        m_out << QJsonDocument(s.toStaffJson()).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

int AdminCommand::importCsv(bool certificates)
{
    if (!require({QStringLiteral("file")}))
        return 2;
    QFile file(option(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "cannot read " << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    CsvImporter importer(*m_db);
    const QString text = QString::fromUtf8(file.readAll());
    const auto report = certificates ? importer.importCertificates(text) : importer.importVolunteers(text);
    for (const QString &p : report.problems)
        m_err << p << "\n";
    if (report.storageFailed) {
        // Committed in chunks (CsvImporter::chunkRows): what came before the failing chunk stays.
        m_err << "storage failed at line " << report.failedAtLine << ": " << m_db->lastError() << "\n"
              << "imported " << report.imported << " rows before it; import the file again"
              << " (rows imported already are updated, not doubled)\n";
        return 1;
    }
    m_out << "imported " << report.imported << " rows, refused " << report.problems.size() << "\n";
    return report.problems.isEmpty() ? 0 : 1;
}

int AdminCommand::setStatus()
{
    if (!require({QStringLiteral("request"), QStringLiteral("status")}))
        return 2;
    RecordStore records(*m_db);
    QString problem;
    if (!records.setStatus(option(QStringLiteral("request")), option(QStringLiteral("status")), &problem)) {
        m_err << (problem.isEmpty() ? m_db->lastError() : problem) << "\n";
        return 1;
    }
    m_out << "status changed\n";
    return 0;
}

int AdminCommand::stats()
{
    Statistics statistics(*m_db);
    const auto figures = statistics.compute(option(QStringLiteral("station-id")));
    if (!figures) {
        m_err << m_db->lastError() << "\n";
        return 1;
    }
    if (m_flags.contains(QStringLiteral("json")))
        m_out << QJsonDocument(*figures).toJson(QJsonDocument::Indented);
    else
        m_out << Statistics::format(*figures);
    return 0;
}

int AdminCommand::lookupAudit()
{
    const QString station = stationOption(m_options);
    bool ok = true;
    const int limit = option(QStringLiteral("limit")).isEmpty() ? 1000 : option(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        m_err << "--limit must be a whole number, 1 or more\n";
        return 2;
    }
    LookupAudit audit(*m_db);
    const auto entries = audit.entries(station, limit);
    if (!entries) {
        m_err << m_db->lastError() << "\n";
        return 1;
    }
    m_out << LookupAudit::format(*entries);
    return 0;
}

int AdminCommand::demoSeed()
{
    if (!require({QStringLiteral("station-id"), QStringLiteral("enrollment-code")}))
        return 2;
    const QString id = option(QStringLiteral("station-id"));
    const QString name = option(QStringLiteral("name")).isEmpty() ? QStringLiteral("Demo community station")
                                                                  : option(QStringLiteral("name"));
    StationRegistry stations(*m_db);
    QString problem;
    // Re-running the seed keeps the station and only renews its code, so a demo can start over.
    if (!stations.info(id) && !stations.create(id, name, QStringLiteral("Demo district"), &problem)) {
        m_err << problem << "\n";
        return 1;
    }
    if (!stations.issueEnrollmentCode(id, option(QStringLiteral("enrollment-code")), 365)) {
        m_err << m_db->lastError() << "\n";
        return 1;
    }
    const QString cacheKey = option(QStringLiteral("cache-key"));
    if (!cacheKey.isEmpty() && !stations.setCacheKey(id, cacheKey)) {
        m_err << m_db->lastError() << "\n";
        return 1;
    }
    Transaction tx(*m_db);
    // The services of the city plan, their times for two weeks and a closed day.
    QDate closedDay;
    bool ok = DemoServices::seed(*m_db, id, &closedDay);
    // The kiosk demo's volunteers, number for number, and today's assignments, id for id, so
    // the demo kiosk's check-ins are accepted.
    ok = ok && DemoVolunteers::seed(*m_db, id);
    ok = ok && DemoAssignments::seed(*m_db, id);
    // The demo station's meeting places; the same ids as the kiosk's own demo list.
    PlaceRegistry places(*m_db);
    const PlaceRegistry::Place demoPlaces[] = {
        {QStringLiteral("place-hospital-1"), id, {QStringLiteral("和平区中心医院"), QStringLiteral("Heping District Central Hospital")},
         QStringLiteral("hospital"), 1},
        {QStringLiteral("place-hospital-2"), id, {QStringLiteral("市第一人民医院"), QStringLiteral("City No. 1 People's Hospital")},
         QStringLiteral("hospital"), 2},
        {QStringLiteral("place-rehab"), id, {QStringLiteral("区残联康复中心"), QStringLiteral("District rehabilitation centre")},
         QStringLiteral("place"), 3},
        {QStringLiteral("place-social-insurance"), id, {QStringLiteral("区社保大厅"), QStringLiteral("District social-insurance hall")},
         QStringLiteral("place"), 4},
    };
    for (const auto &place : demoPlaces)
        ok = ok && places.upsert(place, &problem);
    CertificateRegistry certificates(*m_db);
    // The sample ID number of GB 11643's own example, not a real person: a resident of the demo
    // station, sent to it through the change feed.
    CertificateRegistry::Record resident{QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1, 2,
                                         QStringLiteral("issued"), QStringLiteral("2031-06-30"), id,
                                         {}, {}, {}, 0, {}};
    resident.stateSince = QStringLiteral("2026-05-04");
    resident.issuedOn = QStringLiteral("2026-05-04");
    resident.replacement = 1;
    ok = ok && certificates.upsert(resident);
    // A made-up resident of another district (valid check digit, no real person): not in any
    // station's feed, so the demo kiosk misses it in its cache and finds it by online lookup.
    CertificateRegistry::Record visitor{QString::fromLatin1(demoLookupIdNumber), QStringLiteral("李四"), 4, 3,
                                        QStringLiteral("ready_for_pickup"), QStringLiteral("2031-09-30"), {},
                                        {}, {}, {}, 0, {}};
    visitor.stateSince = QStringLiteral("2026-06-29");
    visitor.issuedOn = QStringLiteral("2026-06-26");
    visitor.pickupPlace = {QStringLiteral("河西区残联服务大厅 2 号窗口"),
                           QStringLiteral("Hexi District Disabled Persons' Federation, hall window 2")};
    ok = ok && certificates.upsert(visitor);
    // The kiosk demo's own holders (one per state and the extra cases), so a demo visitor's
    // application finds its certificate on the server.
    ok = ok && DemoCertificateSeed::seed(*m_db, id);
    // Half a year of served requests and volunteers in two more districts, for the console's
    // figures: only when asked, since the tests that seed a demo station count its rows.
    const bool history = m_flags.contains(QStringLiteral("history"));
    ok = ok && (!history || console::PlanDemoHistory::seed(*m_db, id));
    if (!ok || !tx.commit()) {
        m_err << "seeding failed: " << m_db->lastError() << "\n";
        return 1;
    }
    m_out << "demo station " << id << " ready; enrollment code " << option(QStringLiteral("enrollment-code")) << "\n"
          << "a certificate only the online lookup finds (another district): ID number " << demoLookupIdNumber << "\n"
          << "station services with times for 14 days; closed on " << closedDay.toString(Qt::ISODate) << "\n"
          << "volunteers TJ-V-000101 to TJ-V-000105 with today's assignments asg-1 to asg-5 (five demo help\n"
          << "requests that name no visitor), as on the demo kiosk\n"
          << "the demo kiosk's certificates (one per state, expired, cancelled over a year ago, issued recently)\n"
          << (history ? console::PlanDemoHistory::summary() + u'\n' : QString());
    return 0;
}

} // namespace server
