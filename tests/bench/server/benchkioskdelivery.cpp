// SPDX-License-Identifier: GPL-3.0-or-later
// bench_kiosk_delivery --server URL --code ENROLLMENT-CODE --items N [--batch B]
// A fresh kiosk store with N queued visitor records; prints how long the sync client takes to
// deliver them all to the server.
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"


#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"server", "server URL", "URL"}, {"code", "enrollment code", "CODE"},
                       {"items", "queued items", "N", "10000"}, {"batch", "items per push", "B", "100"}});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath("kiosk.sqlite");
    const int items = parser.value("items").toInt();
    {
        store::Database db(path);
        if (!db.open().ok())
            return 1;
        store::Store store(db, QByteArray("bench"));
        // Queue through the store's own write path: one visitor action, one transaction.
        QElapsedTimer queueing;
        queueing.start();
        for (int i = 0; i < items; ++i) {
            if (!store.requests().callStaff(QStringLiteral("help_at_kiosk")).ok()) {
                out << "queueing failed\n";
                return 1;
            }
        }
        out << "queued " << items << " items in " << queueing.elapsed() << " ms\n";
    }
    kiosksync::SyncSettings settings;
    settings.serverUrl = QUrl(parser.value("server"));
    settings.storePath = path;
    settings.enrollmentCode = parser.value("code");
    settings.batchSize = parser.value("batch").toInt();
    settings.intervalMs = 3600 * 1000;
    kiosksync::SyncClient client(settings);
    QElapsedTimer timer;
    int status = 1;
    QObject::connect(&client, &kiosksync::SyncClient::roundFinished, &app, [&](bool ok) {
        if (ok && client.pending() == 0) {
            const qint64 ms = timer.elapsed();
            out << "delivered " << items << " items in " << ms << " ms (" << qint64(items * 1000.0 / qMax<qint64>(1, ms))
                << " items/s, batches of " << settings.batchSize << ")\n";
            status = 0;
            app.quit();
        } else if (!ok) {
            out << "round failed: " << client.lastError() << "\n";
            app.exit(1);
        }
    });
    QTimer::singleShot(600000, &app, [&] { app.exit(1); });
    timer.start();
    client.start();
    app.exec();
    client.stop();
    return status;
}
