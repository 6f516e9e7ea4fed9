// SPDX-License-Identifier: GPL-3.0-or-later
// bench_booking_hold [--db URL] [--kiosks 100] [--requests 40]
// Holding a place on one real kiosk-server process: 100 simulated kiosks (one station and one
// keep-alive connection each) all at once POST /v1/bookings, each for its own new booking ids,
// against slots they share with nobody and some they all share (the last places race). The
// p50/p99 latency is printed as a ratio to GET /v1/health measured the same way in the same
// run, so the figure means something on any machine. SQLite in a scratch folder by default.
#include "keepaliveclient.h"

#include "server/catalogue.h"
#include "server/database.h"
#include "server/sealer.h"
#include "server/slotboard.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace server;

namespace {

struct Figure
{
    double p50Us = 0, p99Us = 0;
    int ok = 0, conflict = 0, failed = 0, count = 0;
};

/// Runs every client at once until all are done; their latencies pooled.
Figure runAll(std::vector<std::unique_ptr<KeepAliveClient>> &clients)
{
    QEventLoop loop;
    int running = int(clients.size());
    for (auto &c : clients) {
        QObject::connect(c.get(), &KeepAliveClient::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    for (auto &c : clients)
        c->start();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    std::vector<double> all;
    Figure f;
    for (auto &c : clients) {
        all.insert(all.end(), c->latenciesUs().begin(), c->latenciesUs().end());
        f.ok += c->answers(0);
        f.conflict += c->answers(1);
        f.failed += c->answers(2);
    }
    std::sort(all.begin(), all.end());
    f.count = int(all.size());
    if (!all.empty()) {
        f.p50Us = all[all.size() / 2];
        f.p99Us = all[std::min(all.size() - 1, size_t(double(all.size()) * 0.99))];
    }
    return f;
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &token, const QByteArray &body)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"db", "database URL (default: SQLite in a scratch folder)", "URL"},
                       {"kiosks", "concurrent kiosks", "N", "100"},
                       {"requests", "holds per kiosk (and health requests per kiosk)", "N", "40"}});
    parser.process(app);
    const int kiosks = parser.value("kiosks").toInt();
    const int perKiosk = parser.value("requests").toInt();
    const QString serverBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/kiosk-server");
    if (!QFile::exists(serverBinary)) {
        std::printf("skipped: %s not built\n", qPrintable(serverBinary));
        return 77;
    }
    QTemporaryDir scratch;
    const QString dbText = parser.isSet("db") ? parser.value("db") : QStringLiteral("sqlite:") + scratch.filePath("bench.sqlite");
    QString problem;
    const auto url = DatabaseUrl::parse(dbText, &problem);
    // The key the server it starts uses too: KIOSK_SERVER_KEY_FILE, or SQLite's DB.key.
    const auto sealer = url ? Sealer::forServer({}, *url, &problem) : nullptr;
    auto db = sealer ? Database::open(*url, &problem) : nullptr;
    if (db)
        db->setSealer(sealer);
    if (!db || !db->migrate(&problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }

    // Each kiosk its own station and its own slots; one slot per station is the shared race
    // (capacity 3, so most of those holds are answered full, as they would be).
    StationRegistry stations(*db);
    QList<QByteArray> tokens;
    ServiceDefinition service;
    service.code = QStringLiteral("bench-rehab");
    service.category = QStringLiteral("rehabilitation");
    service.name = {QStringLiteral("康复"), QStringLiteral("Rehabilitation")};
    service.weeklyHours = QStringLiteral("mon-sun 08:00-18:00");
    service.slotMinutes = 30;
    service.capacity = 1000;
    service.bookable = true;
    const QDate tomorrow = StationClock::today().addDays(1);
    {
        Transaction tx(*db);
        if (!Catalogue(*db).upsertService(service) || !tx.commit()) {
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(db->lastError()));
            return 1;
        }
    }
    for (int k = 0; k < kiosks; ++k) {
        const QString id = QStringLiteral("bench-%1").arg(k, 3, 10, QLatin1Char('0'));
        const auto code = stations.create(id, id, QStringLiteral("bench"), &problem) ? stations.issueEnrollmentCode(id, {}, 1)
                                                                                      : std::nullopt;
        const auto credential = code ? stations.enroll(*code) : std::nullopt;
        Transaction tx(*db);
        if (!credential || !SlotBoard(*db).generate(id, service, tomorrow, tomorrow) || !tx.commit()) {
            std::fprintf(stderr, "setup failed for %s: %s\n", qPrintable(id), qPrintable(problem + db->lastError()));
            return 1;
        }
        tokens.append(credential->token.toLatin1());
    }
    {
        // The race slot: the last 12:00 place of every station is taken down to capacity 3.
        Transaction tx(*db);
        db->exec(QStringLiteral("UPDATE slots SET capacity = 3 WHERE id = ?"),
                 {SlotBoard::slotId(service.code, QDateTime(tomorrow, QTime(12, 0)))});
        tx.commit();
    }
    stations.flush();
    db.reset();

    QProcess server;
    server.setProgram(serverBinary);
    server.setArguments({"--listen", "127.0.0.1:0", "--db", dbText, "--rate-limit", "0"});
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start();
    quint16 port = 0;
    for (int i = 0; i < 100 && port == 0; ++i) {
        server.waitForReadyRead(200);
        static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:([0-9]+)"));
        const auto m = listening.match(QString::fromUtf8(server.readLine()));
        if (m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    if (port == 0) {
        std::fprintf(stderr, "kiosk-server did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }

    std::vector<std::unique_ptr<KeepAliveClient>> health, holds;
    for (int k = 0; k < kiosks; ++k)
        health.push_back(std::make_unique<KeepAliveClient>(port, perKiosk, [](int) {
            return request("GET", "/v1/health", {}, {});
        }));
    const Figure h = runAll(health);

    for (int k = 0; k < kiosks; ++k) {
        const QByteArray token = tokens.at(k);
        holds.push_back(std::make_unique<KeepAliveClient>(port, perKiosk, [token, tomorrow, code = service.code](int i) {
            // Every fourth hold goes for the shared race slot, the others spread over the day.
            const QTime at = i % 4 == 0 ? QTime(12, 0) : QTime(8, 0).addSecs(qint64(i % 20) * 1800);
            const QDateTime start(tomorrow, at);
            const QJsonObject body{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {"slotId", SlotBoard::slotId(code, start)},
                                   {"serviceId", code},
                                   {"startsAt", start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                   {"code", "K7P3Q"},
                                   {"visitorKey", ""}};
            return request("POST", "/v1/bookings", token, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }));
    }
    const Figure b = runAll(holds);
    server.terminate();
    server.waitForFinished(5000);

    std::printf("bench_booking_hold: one kiosk-server (%s), %d kiosks at once, %d requests each\n",
                url->engine == DatabaseUrl::Engine::Postgres ? "PostgreSQL" : "SQLite", kiosks, perKiosk);
    std::printf("%-22s %8s %10s %10s %8s %8s %8s\n", "route", "answers", "p50 ms", "p99 ms", "2xx", "409", "other");
    std::printf("%-22s %8d %10.2f %10.2f %8d %8d %8d\n", "GET /v1/health", h.count, h.p50Us / 1000, h.p99Us / 1000, h.ok,
                h.conflict, h.failed);
    std::printf("%-22s %8d %10.2f %10.2f %8d %8d %8d\n", "POST /v1/bookings", b.count, b.p50Us / 1000, b.p99Us / 1000, b.ok,
                b.conflict, b.failed);
    std::printf("hold vs health: p50 x%.1f, p99 x%.1f\n", h.p50Us > 0 ? b.p50Us / h.p50Us : 0.0,
                h.p99Us > 0 ? b.p99Us / h.p99Us : 0.0);
    // The race slot of each station took exactly its 3 places: the rest were told full.
    std::printf("race slots: %d holds answered full (expected %d)\n", b.conflict, kiosks * ((perKiosk + 3) / 4 - 3));
    return h.failed == 0 && b.failed == 0 ? 0 : 1;
}
