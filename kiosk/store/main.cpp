// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-store: `init-demo --db PATH --secret S [--date YYYY-MM-DD]` fills a new store file with
// the demo content; `info --db PATH` prints its schema version, table sizes and sync state.
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const store::StoreError &error)
{
    err() << "error: " << error.message.english();
    if (!error.detail.isEmpty())
        err() << " (" << error.detail << ')';
    err() << Qt::endl;
    return 1;
}

int initDemo(const QString &path, const QByteArray &secret, QDate firstDay)
{
    store::Database db(path);
    if (auto opened = db.open(); !opened.ok())
        return fail(opened.error());
    store::Store st(db, secret);
    if (auto installed = store::DemoData::install(st, firstDay); !installed.ok())
        return fail(installed.error());
    out() << "demo data installed in " << path << " (slots from " << firstDay.toString(Qt::ISODate) << ")" << Qt::endl;
    return 0;
}

int info(const QString &path)
{
    store::Database db(path);
    // Read-only look: do not migrate a file that another kiosk version may own.
    if (auto opened = db.open(false); !opened.ok())
        return fail(opened.error());
    out() << "file: " << path << "\nschema version: " << db.schemaVersion() << " (this program knows up to "
          << store::Migrations::latest() << ")\n";
    const char *tables[] = {"certificates", "services", "slots", "appointments", "volunteers", "assignments",
                            "volunteer_checks", "help_requests", "ratings", "help_calls", "assessment_requests",
                            "certificate_applications", "places", "volunteer_keys", "volunteer_registrations", "outbox"};
    for (const char *table : tables) {
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        out() << "  " << QLatin1String(table) << ": " << (count.ok() ? count.value().toString() : QStringLiteral("-"))
              << '\n';
    }
    if (db.schemaVersion() >= 1) {
        store::SyncQueue sync(db);
        if (auto counts = sync.counts(); counts.ok())
            out() << "outbox pending: " << counts->pending << ", parked: " << counts->parked << '\n';
        if (auto status = sync.status(); status.ok()) {
            out() << "sync cursor: " << (status->cursor.isEmpty() ? QStringLiteral("(none)") : status->cursor)
                  << "\nlast success: " << status->lastSuccess.toString(Qt::ISODate)
                  << "\nlast error: " << status->lastError << '\n';
        }
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk-store"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Set up or inspect the kiosk's local store file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init-demo | info"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Store file."), QStringLiteral("path"));
    const QCommandLineOption secretOption(QStringLiteral("secret"),
                                          QStringLiteral("Station secret that keys the ID-number hashes."),
                                          QStringLiteral("secret"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("First day of demo slots (default: today)."),
                                        QStringLiteral("yyyy-MM-dd"));
    parser.addOptions({dbOption, secretOption, dateOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString path = parser.value(dbOption);
    if (path.isEmpty() || (command != u"init-demo" && command != u"info")) {
        err() << parser.helpText();
        return 2;
    }
    if (command == u"info")
        return info(path);

    const QByteArray secret = parser.value(secretOption).toUtf8();
    if (secret.isEmpty()) {
        err() << "init-demo needs --secret (the station secret; it is not stored in the file)" << Qt::endl;
        return 2;
    }
    QDate firstDay = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        firstDay = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!firstDay.isValid()) {
            err() << "--date wants yyyy-MM-dd" << Qt::endl;
            return 2;
        }
    }
    return initDemo(path, secret, firstDay);
}
