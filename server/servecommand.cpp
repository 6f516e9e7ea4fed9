// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/servecommand.h"

#include "server/admincommand.h"
#include "server/apirouter.h"
#include "server/applicationdesk.h"
#include "server/closedrequestphones.h"
#include "server/console/consoleassets.h"
#include "server/console/consolesettings.h"
#include "server/console/signinthrottle.h"
#include "server/database.h"
#include "server/http/contactrelay.h"
#include "server/http/httpservice.h"
#include "server/http/sharedlimiters.h"
#include "server/http/stopsignals.h"
#include "server/http/workerpool.h"
#include "server/sealer.h"
#include "server/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>
#include <QTimer>

namespace server {

namespace {

/// A whole number option at least `minimum`; false (and a message) otherwise.
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int *value, QTextStream &err)
{
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < minimum) {
        err << "kiosk-server: --" << option.names().constFirst() << " must be a whole number of at least " << minimum << "\n";
        return false;
    }
    *value = v;
    return true;
}

/// Where the console's page is when --console-dir does not say: the build's folder when this
/// binary runs from a build that made it, else the installed share folder beside the binary.
QString defaultConsoleDir()
{
#ifdef KIOSK_CONSOLE_BUILD_DIR
    if (QFileInfo(QStringLiteral(KIOSK_CONSOLE_BUILD_DIR)).isDir())
        return QStringLiteral(KIOSK_CONSOLE_BUILD_DIR);
#endif
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/station-kiosk/console"));
}

} // namespace

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
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("the key that seals ID numbers and station keys at rest (see keygen)"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"), QStringLiteral("largest request body in bytes (413 beyond)"),
                                     QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption maxHeader(QStringLiteral("max-header-bytes"),
                                       QStringLiteral("largest size of one request's headers together"),
                                       QStringLiteral("BYTES"), QStringLiteral("16384"));
    const QCommandLineOption requestTimeout(QStringList{QStringLiteral("request-timeout"), QStringLiteral("header-timeout")},
                                            QStringLiteral("seconds a client has to send one whole request"),
                                            QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"), QStringLiteral("connections served at once"),
                                            QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("database threads, half for reads and half for writes (at least 1 each)"),
                                     QStringLiteral("N"), QStringLiteral("4"));
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
                                   QStringLiteral("take the station from X-Station-Id on requests that carry the proxy "
                                                  "secret (needs --proxy-secret-file)"));
    const QCommandLineOption proxySecret(QStringLiteral("proxy-secret-file"),
                                         QStringLiteral("file with the secret nginx sends as X-Kiosk-Proxy-Secret"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"), QStringLiteral("log every request's method, path and status"));
    const QCommandLineOption phoneDays(QStringLiteral("application-phone-days"),
                                       QStringLiteral("days an open certificate application keeps its phone, 0 = for ever"),
                                       QStringLiteral("DAYS"), QStringLiteral("180"));
    const QCommandLineOption consoleDir(QStringLiteral("console-dir"),
                                        QStringLiteral("folder of the coordinators' console page (index.html, app.js, app.css)"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption consoleIdle(QStringLiteral("console-idle-minutes"),
                                         QStringLiteral("minutes a console session may stay unused"), QStringLiteral("M"),
                                         QStringLiteral("30"));
    const QCommandLineOption consoleIdleSeconds(QStringLiteral("console-idle-seconds"),
                                                QStringLiteral("the same in seconds (for tests); overrides the minutes"),
                                                QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption consoleSilent(QStringLiteral("console-silent-minutes"),
                                           QStringLiteral("minutes without contact after which the console shows a station red"),
                                           QStringLiteral("M"), QStringLiteral("30"));
    const QCommandLineOption consoleInsecureCookie(
        QStringLiteral("console-insecure-cookie"),
        QStringLiteral("send the console's cookie without Secure (plain http on another host than localhost)"));
    parser.addOptions({listen, db, keyFile, maxBody, maxHeader, requestTimeout, maxConnections, workers, rate, burst, lookupRate,
                       lookupBurst, idle, trust, proxySecret, accessLog, phoneDays, consoleDir, consoleIdle, consoleIdleSeconds,
                       consoleSilent, consoleInsecureCookie});
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

    HttpService::Options http;
    http.host = host.toString();
    http.port = quint16(port);
    if (!readCount(parser, maxBody, 1, &http.limits.maxBodyBytes, err)
        || !readCount(parser, maxHeader, 1024, &http.limits.maxHeaderBytes, err)
        || !readCount(parser, requestTimeout, 1, &http.limits.requestTimeoutSeconds, err)
        || !readCount(parser, maxConnections, 1, &http.limits.maxConnections, err)
        || !readCount(parser, workers, 1, &http.limits.workers, err)
        || !readCount(parser, idle, 0, &http.limits.idleTimeoutSeconds, err))
        return 2;
    if (parser.isSet(trust) && !parser.isSet(proxySecret)) {
        // Trusting the header alone would let any process that reaches the port be any station.
        err << "kiosk-server: --trust-proxy-header needs --proxy-secret-file (the secret nginx sends)\n";
        return 2;
    }
    if (parser.isSet(proxySecret)) {
        http.proxySecret = ProxySecret::fromFile(parser.value(proxySecret), &problem);
        if (!http.proxySecret) {
            err << "kiosk-server: " << problem << "\n";
            return 2;
        }
    }
    http.accessLog = parser.isSet(accessLog);
    http.behindProxy = parser.isSet(trust);

    console::ConsoleSettings consoleSettings;
    if (!readCount(parser, consoleIdle, 1, &consoleSettings.idleMinutes, err)
        || !readCount(parser, consoleIdleSeconds, 0, &consoleSettings.idleSeconds, err)
        || !readCount(parser, consoleSilent, 1, &consoleSettings.silentStationMinutes, err))
        return 2;
    consoleSettings.secureCookie = !parser.isSet(consoleInsecureCookie);
    consoleSettings.assetsDir = parser.isSet(consoleDir) ? parser.value(consoleDir) : defaultConsoleDir();
    // Read once, here: the page is answered from memory. Without it the API still serves.
    const auto assets = std::make_shared<const console::ConsoleAssets>(console::ConsoleAssets::load(consoleSettings.assetsDir));
    http.consoleAssets = assets;
    if (!assets->isAvailable())
        err << "kiosk-server: the coordinators' console page is not in " << consoleSettings.assetsDir
            << " (no index.html); /console/ answers 503 until it is built (the API still serves)\n";

    const std::shared_ptr<const Sealer> sealer = Sealer::forServer(parser.value(keyFile), *url, &problem);
    if (!sealer) {
        err << "kiosk-server: " << problem << "\n";
        return 2;
    }
    // Every connection of this process, the main one and each worker's, is opened here, so
    // each gets the sealer.
    const WorkerPool::DatabaseFactory openDatabase = [url = *url, sealer](QString *error) -> std::unique_ptr<Database> {
        auto database = Database::open(url, error);
        if (database)
            database->setSealer(sealer);
        return database;
    };

    auto database = openDatabase(&problem);
    if (!database || !database->migrate(&problem)) {
        err << "kiosk-server: " << problem << "\n";
        return 1;
    }
    ServerConfig config;
    config.maxBodyBytes = http.limits.maxBodyBytes;
    config.rateLimitPerSecond = parser.value(rate).toDouble();
    config.rateLimitBurst = parser.value(burst).toDouble();
    config.lookupsPerMinute = parser.value(lookupRate).toDouble();
    config.lookupBurst = parser.value(lookupBurst).toDouble();
    config.trustProxyHeader = parser.isSet(trust);
    config.applicationPhoneDays = parser.value(phoneDays).toInt();

    const auto limiters = SharedLimiters::make(config);
    // Read workers never write (a contact update waiting for the write lock would stall reads):
    // they hand the stations they saw to the write workers.
    const auto contacts = std::make_shared<ContactRelay>();
    WorkerPool reads(QStringLiteral("read"), http.limits.readWorkers(), http.limits.queueLimit(http.limits.readWorkers()), openDatabase,
                     config, limiters, [contacts](ApiRouter &router) {
                         router.setContactWrites(ApiRouter::ContactWrites::HandToWriters, contacts);
                     });
    // The console runs on the write workers; its sign-in throttle is one for the process.
    const auto throttle = std::make_shared<console::SignInThrottle>();
    WorkerPool writes(QStringLiteral("write"), http.limits.writeWorkers(), http.limits.queueLimit(http.limits.writeWorkers()), openDatabase,
                      config, limiters, [contacts, consoleSettings, throttle](ApiRouter &router) {
                          router.setContactWrites(ApiRouter::ContactWrites::OwnAndRelayed, contacts);
                          router.setConsole(consoleSettings, throttle);
                      });
    if (!reads.start(&problem) || !writes.start(&problem)) {
        err << "kiosk-server: " << problem << "\n";
        return 1;
    }
    HttpService service(http, reads, writes);
    if (!service.start(&problem)) {
        err << "kiosk-server: cannot listen on " << hostPort << ": " << problem << "\n";
        return 1;
    }
    const StopSignals stopSignals;

    // Kept least: phones of applications nobody closed go after the configured days, checked at
    // start and every hour (done and refused ones lose the phone when they close).
    const auto clearStalePhones = [&database, days = config.applicationPhoneDays] {
        const int cleared = ApplicationDesk(*database).clearStalePhones(days, QDateTime::currentMSecsSinceEpoch());
        if (cleared > 0)
            QTextStream(stderr) << "kiosk-server: cleared the phone of " << cleared << " certificate application(s) older than "
                                << days << " days\n";
    };
    clearStalePhones();
    // Help and assessment requests lose the phone when they close; a database from before that
    // rule loses those phones at the first start.
    {
        Transaction tx(*database);
        const int cleared = ClosedRequestPhones(*database).sweep();
        if (cleared > 0 && tx.commit())
            QTextStream(stderr) << "kiosk-server: cleared the phone of " << cleared << " closed request(s)\n";
    }
    QTimer purge;
    purge.setInterval(60 * 60 * 1000);
    QObject::connect(&purge, &QTimer::timeout, clearStalePhones);
    purge.start();
    // Tests and scripts wait for this line: it carries the port actually bound (for --listen HOST:0).
    QTextStream(stdout) << "kiosk-server listening on " << host.toString() << ":" << service.boundPort() << " with "
                        << url->describe() << Qt::endl;
    const int status = QCoreApplication::exec();
    // SIGTERM or SIGINT: the workers answer what is queued and write their station contacts
    // while the connections are still open, then the connections close.
    reads.stop();
    writes.stop();
    service.stop();
    QTextStream(stderr) << "kiosk-server: stopped\n";
    return status;
}

} // namespace server
