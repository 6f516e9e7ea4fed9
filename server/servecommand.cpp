// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/servecommand.h"

#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/applicationdesk.h"
#include "server/database.h"
#include "server/httpfrontend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

namespace server {

int ServeCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The central server of the station kiosks.\n\n") + AdminCommand::usage());
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("address and port"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://user@host:port/db"),
                                QStringLiteral("URL"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"), QStringLiteral("largest request body in bytes"),
                                     QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"), QStringLiteral("requests per second per station, 0 = off"),
                                  QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption burst(QStringLiteral("rate-burst"), QStringLiteral("requests a station may send at once"),
                                   QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption lookupRate(QStringLiteral("lookup-rate"),
                                        QStringLiteral("certificate lookups per minute per station, 0 = off"),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption lookupBurst(QStringLiteral("lookup-burst"),
                                         QStringLiteral("certificate lookups a station may make at once"),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"), QStringLiteral("seconds before an idle connection is closed"),
                                  QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption trust(QStringLiteral("trust-proxy-header"),
                                   QStringLiteral("take the station from X-Station-Id (only behind the mTLS proxy)"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"), QStringLiteral("log every request's method, path and status"));
    const QCommandLineOption phoneDays(QStringLiteral("application-phone-days"),
                                       QStringLiteral("days an open certificate application keeps its phone, 0 = for ever"),
                                       QStringLiteral("DAYS"), QStringLiteral("180"));
    parser.addOptions({listen, db, maxBody, rate, burst, lookupRate, lookupBurst, idle, trust, accessLog, phoneDays});
    parser.process(arguments);

    if (!parser.isSet(db)) {
        err << "kiosk-server: --db is required\n";
        return 2;
    }
    QString problem;
    const auto url = DatabaseUrl::parse(parser.value(db), &problem);
    if (!url) {
        err << "kiosk-server: " << problem << "\n";
        return 2;
    }
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int port = hostPort.mid(colon + 1).toInt(&portOk);
    const QHostAddress host(hostPort.left(colon));
    if (colon < 1 || !portOk || port < 0 || port > 65535 || host.isNull()) {
        err << "kiosk-server: --listen must be HOST:PORT, e.g. 127.0.0.1:8765\n";
        return 2;
    }

    auto database = Database::open(*url, &problem);
    if (!database || !database->migrate(&problem)) {
        err << "kiosk-server: " << problem << "\n";
        return 1;
    }
    ServerConfig config;
    config.maxBodyBytes = parser.value(maxBody).toInt();
    config.rateLimitPerSecond = parser.value(rate).toDouble();
    config.rateLimitBurst = parser.value(burst).toDouble();
    config.lookupsPerMinute = parser.value(lookupRate).toDouble();
    config.lookupBurst = parser.value(lookupBurst).toDouble();
    config.idleTimeoutSeconds = parser.value(idle).toInt();
    config.trustProxyHeader = parser.isSet(trust);
    config.accessLog = parser.isSet(accessLog);
    config.applicationPhoneDays = parser.value(phoneDays).toInt();

    ApiRouter router(*database, config);
    HttpFrontend frontend(router, config.idleTimeoutSeconds, config.accessLog);
    const quint16 bound = frontend.listen(host, quint16(port));
    if (bound == 0) {
        err << "kiosk-server: cannot listen on " << hostPort << "\n";
        return 1;
    }
    // Kept least: phones of applications nobody closed go after the configured days, checked at
    // start and every hour (done and refused ones lose the phone when they close).
    const auto clearStalePhones = [&database, days = config.applicationPhoneDays] {
        const int cleared = ApplicationDesk(*database).clearStalePhones(days, QDateTime::currentMSecsSinceEpoch());
        if (cleared > 0)
            QTextStream(stderr) << "kiosk-server: cleared the phone of " << cleared << " certificate application(s) older than "
                                << days << " days\n";
    };
    clearStalePhones();
    QTimer purge;
    purge.setInterval(60 * 60 * 1000);
    QObject::connect(&purge, &QTimer::timeout, clearStalePhones);
    purge.start();
    // Tests and scripts wait for this line: it carries the port actually bound (for --listen HOST:0).
    QTextStream(stdout) << "kiosk-server listening on " << host.toString() << ":" << bound << " with "
                        << url->describe() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace server
