// SPDX-License-Identifier: GPL-3.0-or-later
// bench_server_setup --db URL --stations N --tokens FILE [--key-file FILE]
// Creates N enrolled stations (tokens written one per line for wrk), a catalogue, and a few
// server-owned changes per station so /v1/sync/changes has something to page through.
#include "server/catalogue.h"
#include "server/changefeed.h"
#include "server/database.h"
#include "server/stationregistry.h"
#include "server/transaction.h"
#if __has_include("server/sealer.h")
#include "server/sealer.h"
#define KIOSK_BENCH_SEALER 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"db", "database URL", "URL"}, {"stations", "how many", "N", "1000"}, {"tokens", "output file", "FILE"},
                       {"key-file", "the server's key file (else as kiosk-server finds it)", "FILE"}});
    parser.process(app);
    QTextStream err(stderr);
    QString problem;
    const auto url = server::DatabaseUrl::parse(parser.value("db"), &problem);
    auto db = url ? server::Database::open(*url, &problem) : nullptr;
#ifdef KIOSK_BENCH_SEALER
    // The same key as the server under test: it seals the stations' keys these rows carry.
    if (db) {
        auto sealer = server::Sealer::forServer(parser.value("key-file"), *url, &problem);
        if (!sealer) {
            err << problem << "\n";
            return 1;
        }
        db->setSealer(std::move(sealer));
    }
#endif
    if (!db || !db->migrate(&problem)) {
        err << problem << "\n";
        return 1;
    }
    QFile out(parser.value("tokens"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << out.fileName() << "\n";
        return 1;
    }
    server::StationRegistry stations(*db);
    server::ChangeFeed feed(*db);
    const int n = parser.value("stations").toInt();
    {
        server::Transaction tx(*db);
        server::Catalogue catalogue(*db);
        for (int i = 0; i < 20; ++i)
            catalogue.upsertService(QStringLiteral("service-%1").arg(i), QStringLiteral("rehabilitation"),
                                    {QStringLiteral("服务 %1").arg(i), QStringLiteral("Service %1").arg(i)});
        tx.commit();
    }
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!stations.create(id, id, QStringLiteral("bench"), &problem)) {
            err << problem << "\n";
            return 1;
        }
        const auto code = stations.issueEnrollmentCode(id, {}, 1);
        const auto credential = code ? stations.enroll(*code) : std::nullopt;
        if (!credential) {
            err << "enrollment failed for " << id << "\n";
            return 1;
        }
        server::Transaction tx(*db);
        for (int k = 0; k < 5; ++k)
            feed.append(id, {0, QStringLiteral("slot"), QStringLiteral("%1-slot-%2").arg(id).arg(k),
                             {{"service", "service-1"}, {"startsAt", "2026-07-06T09:00:00+08:00"}, {"capacity", 4}}, false});
        tx.commit();
        out.write(credential->token.toLatin1() + '\n');
    }
    QTextStream(stdout) << "created " << n << " stations\n";
    return 0;
}
