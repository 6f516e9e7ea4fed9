// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/applicationadmincommands.h"

#include "server/applicationdesk.h"
#include "server/database.h"
#include "server/stationclock.h"
#include "server/stationoption.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace server {

namespace {

QJsonObject toJson(const ApplicationDesk::Application &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("station"), a.stationId},
                  {QStringLiteral("procedure"), a.procedure},
                  {QStringLiteral("choice"), a.choice},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("idNumberMasked"), a.idNumberMasked},
                  {QStringLiteral("phone"), a.phone},
                  {QStringLiteral("code"), a.code},
                  {QStringLiteral("sent"), StationClock::localMinute(a.kioskCreatedAt)},
                  {QStringLiteral("received"), StationClock::localMinute(a.createdAt)},
                  {QStringLiteral("certificateFound"), a.certificateFound},
                  {QStringLiteral("reportedLostOn"), a.reportedLostOn.isEmpty() ? QJsonValue() : QJsonValue(a.reportedLostOn)}};
    if (!a.reason.isEmpty())
        o.insert(QStringLiteral("reason"), a.reason);
    return o;
}

} // namespace

QString ApplicationAdminCommands::usage()
{
    return QStringLiteral(
        "  applications [--station ID] [--status S|all] [--json]   certificate applications, oldest sent first;\n"
        "                                            open ones (submitted, accepted) unless --status; with phones to call\n"
        "  set-status --application ID --status accepted|done|refused [--reason TEXT] [--pickup-zh T --pickup-en T]\n"
        "                                            move an application (refused needs --reason; done may say where\n"
        "                                            to collect the new card); the phone is cleared when done or refused\n");
}

bool ApplicationAdminCommands::run(const QString &command, int *status)
{
    if (command == u"applications")
        *status = applications();
    else if (command == u"set-status" && m_options.contains(QStringLiteral("application")))
        *status = setStatus();
    else
        return false;
    return true;
}

int ApplicationAdminCommands::applications()
{
    const QString station = stationOption(m_options);
    const QString wanted = option(QStringLiteral("status"));
    QStringList statuses;
    if (wanted.isEmpty())
        statuses = {QStringLiteral("submitted"), QStringLiteral("accepted")};
    else if (wanted != u"all" && !ApplicationDesk::statuses().contains(wanted)) {
        m_err << "unknown status \"" << wanted << "\"; one of " << ApplicationDesk::statuses().join(u", ") << ", all\n";
        return 2;
    } else if (wanted != u"all")
        statuses = {wanted};
    const auto list = ApplicationDesk(m_db).applications(station, statuses);
    if (!list) {
        m_err << m_db.lastError() << "\n";
        return 1;
    }
    if (m_flags.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &a : *list)
            array.append(toJson(a));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (list->isEmpty())
        m_out << "no certificate applications\n";
    for (const auto &a : *list) {
        m_out << a.id << "  " << a.stationId << "  " << a.procedure;
        if (!a.choice.isEmpty())
            m_out << " (" << a.choice << ")";
        m_out << "  " << a.status << "  " << a.idNumberMasked << "  phone " << (a.phone.isEmpty() ? QStringLiteral("-") : a.phone)
              << "  code " << a.code << "  sent " << StationClock::localMinute(a.kioskCreatedAt) << "  received " << StationClock::localMinute(a.createdAt);
        if (!a.reportedLostOn.isEmpty())
            m_out << "  reported lost " << a.reportedLostOn;
        if (!a.certificateFound)
            m_out << "  no certificate on record";
        if (!a.reason.isEmpty())
            m_out << "  reason: " << a.reason;
        m_out << "\n";
    }
    return 0;
}

int ApplicationAdminCommands::setStatus()
{
    if (option(QStringLiteral("application")).isEmpty() || option(QStringLiteral("status")).isEmpty()) {
        m_err << "missing --application or --status\n" << usage();
        return 2;
    }
    QString problem;
    if (!ApplicationDesk(m_db).setStatus(option(QStringLiteral("application")), option(QStringLiteral("status")),
                                         option(QStringLiteral("reason")),
                                         {option(QStringLiteral("pickup-zh")), option(QStringLiteral("pickup-en"))}, &problem)) {
        m_err << (problem.isEmpty() ? m_db.lastError() : problem) << "\n";
        return 1;
    }
    m_out << "application " << option(QStringLiteral("application")) << " is " << option(QStringLiteral("status")) << "\n";
    return 0;
}

} // namespace server
