// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/helpadmincommands.h"

#include "server/database.h"
#include "server/placeregistry.h"
#include "server/recordstore.h"
#include "server/transaction.h"
#include "server/volunteermatcher.h"
#include "server/volunteerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace server {

QString HelpAdminCommands::usage()
{
    return QStringLiteral(
        "  match --request ID [--json]               suggested volunteers: the skill, that part of the day,\n"
        "                                            home station, then district, then fewest open assignments\n"
        "  assign --request ID --volunteer ID [--at yyyy-MM-ddTHH:mm]   assign (or reassign) a volunteer\n"
        "  volunteer --volunteer ID                  a volunteer's record: open assignments, ratings (count, average)\n"
        "  place-add --id ID --name-zh T --name-en T [--kind hospital|place] [--sort N] [--station-id S]\n"
        "                                            a meeting place on a station's list (no station: every station)\n"
        "  place-remove --id ID                      take a place off its list\n"
        "  places [--station-id S]                   the places, or one station's list\n");
}

bool HelpAdminCommands::require(const QStringList &names)
{
    for (const QString &n : names) {
        if (option(n).isEmpty()) {
            m_err << "missing --" << n << "\n" << usage();
            return false;
        }
    }
    return true;
}

bool HelpAdminCommands::run(const QString &command, int *status)
{
    if (command == u"match")
        *status = match();
    else if (command == u"assign")
        *status = assign();
    else if (command == u"volunteer")
        *status = volunteer();
    else if (command == u"place-add")
        *status = placeAdd();
    else if (command == u"place-remove")
        *status = placeRemove();
    else if (command == u"places")
        *status = places();
    else
        return false;
    return true;
}

int HelpAdminCommands::match()
{
    if (!require({QStringLiteral("request")}))
        return 2;
    QString problem;
    const auto suggestions = VolunteerMatcher(m_db).suggest(option(QStringLiteral("request")), &problem);
    if (!suggestions) {
        m_err << problem << "\n";
        return 1;
    }
    if (m_flags.contains(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &s : *suggestions)
            list.append(s.toJson());
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (suggestions->isEmpty())
        m_out << "no volunteer has this skill at that part of the day\n";
    for (const auto &s : *suggestions) {
        m_out << s.volunteerId << "  " << s.name << "  station " << (s.stationId.isEmpty() ? QStringLiteral("-") : s.stationId)
              << (s.homeStation ? " (home station)" : s.sameDistrict ? " (same district)" : "") << "  open assignments "
              << s.openAssignments << "  ratings " << s.ratings;
        if (s.ratings)
            m_out << " (average " << QString::number(s.averageStars, 'f', 1) << ")";
        if (s.assignedHere)
            m_out << "  assigned to this request";
        m_out << "\n";
    }
    return 0;
}

int HelpAdminCommands::assign()
{
    if (!require({QStringLiteral("request"), QStringLiteral("volunteer")}))
        return 2;
    RecordStore records(m_db);
    QString problem;
    if (!records.assign(option(QStringLiteral("request")), option(QStringLiteral("volunteer")), option(QStringLiteral("at")),
                        &problem)) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "assigned\n";
    return 0;
}

int HelpAdminCommands::volunteer()
{
    if (!require({QStringLiteral("volunteer")}))
        return 2;
    const auto summary = VolunteerRegistry(m_db).summary(option(QStringLiteral("volunteer")));
    if (!summary) {
        m_err << "no volunteer " << option(QStringLiteral("volunteer")) << "\n";
        return 1;
    }
    m_out << QJsonDocument(*summary).toJson(QJsonDocument::Indented);
    return 0;
}

int HelpAdminCommands::placeAdd()
{
    if (!require({QStringLiteral("id"), QStringLiteral("name-zh"), QStringLiteral("name-en")}))
        return 2;
    PlaceRegistry::Place place;
    place.id = option(QStringLiteral("id"));
    place.name = {option(QStringLiteral("name-zh")), option(QStringLiteral("name-en"))};
    place.kind = option(QStringLiteral("kind")).isEmpty() ? QStringLiteral("place") : option(QStringLiteral("kind"));
    place.stationId = option(QStringLiteral("station-id"));
    bool ok = true;
    place.sortOrder = option(QStringLiteral("sort")).isEmpty() ? 0 : option(QStringLiteral("sort")).toInt(&ok);
    if (!ok) {
        m_err << "--sort must be a whole number\n";
        return 2;
    }
    Transaction tx(m_db);
    QString problem;
    if (!PlaceRegistry(m_db).upsert(place, &problem) || !tx.commit()) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "place " << place.id << " listed\n";
    return 0;
}

int HelpAdminCommands::placeRemove()
{
    if (!require({QStringLiteral("id")}))
        return 2;
    Transaction tx(m_db);
    QString problem;
    if (!PlaceRegistry(m_db).remove(option(QStringLiteral("id")), &problem) || !tx.commit()) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "place " << option(QStringLiteral("id")) << " removed\n";
    return 0;
}

int HelpAdminCommands::places()
{
    PlaceRegistry registry(m_db);
    const QString station = option(QStringLiteral("station-id"));
    const auto list = station.isEmpty() ? registry.all() : registry.forStation(station);
    if (!list) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    for (const auto &p : *list)
        m_out << QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

} // namespace server
