// SPDX-License-Identifier: GPL-3.0-or-later
// waiting-requests: writes visitor requests into a kiosk's store with the store's own API, so
// they wait in its outbox exactly as the kiosk's touch screen would have left them, then exits.
//
// The installed kiosk takes requests only through its touch screen; the upgrade test
// (tst_package_upgrade.sh) needs requests in the outbox of an installed kiosk's store before it
// upgrades the package, so it runs this inside the Debian 12 root (it is built on the host
// against the same Debian 12 Qt the package depends on).
//
//   waiting-requests --store FILE --help-requests N [--staff-calls N] [--schema VERSION]
//   waiting-requests --latest        prints the newest schema version this build knows
//
// --schema: a store file that does not exist yet is created at that schema version (default:
// the latest), as an older kiosk would have made it; the upgraded kiosk migrates it at its first
// start. An existing file is used at the version it has (never migrated here). Prints the ids of
// the outbox entries it wrote, one a line, and the store's schema version last.
#include "kiosk/store/migrations.h"
#include "kiosk/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "waiting-requests: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE"));
    const QCommandLineOption helpOption(QStringLiteral("help-requests"), QStringLiteral("Help requests to write."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption callOption(QStringLiteral("staff-calls"), QStringLiteral("Staff calls to write."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption schemaOption(QStringLiteral("schema"), QStringLiteral("Schema version of a new file."),
                                          QStringLiteral("VERSION"), QString::number(store::Migrations::latest()));
    const QCommandLineOption latestOption(QStringLiteral("latest"), QStringLiteral("Print the newest schema version."));
    parser.addOptions({storeOption, helpOption, callOption, schemaOption, latestOption});
    parser.process(app);
    if (parser.isSet(latestOption)) {
        std::printf("%d\n", store::Migrations::latest());
        return 0;
    }
    const QString path = parser.value(storeOption);
    if (path.isEmpty())
        return fail(QStringLiteral("--store FILE is required"));
    const int helpRequests = parser.value(helpOption).toInt();
    const int staffCalls = parser.value(callOption).toInt();
    const int schema = parser.value(schemaOption).toInt();
    if (schema < 1 || schema > store::Migrations::latest())
        return fail(QStringLiteral("--schema must be 1 to %1").arg(store::Migrations::latest()));

    const bool existed = QFileInfo::exists(path);
    store::Database db(path);
    if (auto opened = db.open(false); !opened.ok())
        return fail(opened.error().message.english() + u' ' + opened.error().detail);
    if (!existed) {
        auto reached = store::Migrations::apply(db, schema);
        if (!reached.ok())
            return fail(reached.error().detail);
    }
    // No ID number is given, so the secret keys nothing here; the kiosk keeps its own.
    store::Store st(db, QByteArrayLiteral("waiting-requests"));
    for (int i = 0; i < helpRequests; ++i) {
        store::HelpRequestDraft draft;
        draft.type = core::HelpType::AccompanyToHospital;
        auto saved = st.requests().submitHelpRequest(draft);
        if (!saved.ok())
            return fail(QStringLiteral("help request %1: %2").arg(i + 1).arg(saved.error().detail));
        std::printf("%s\n", qPrintable(saved.value().id));
    }
    for (int i = 0; i < staffCalls; ++i) {
        auto called = st.requests().callStaff(QStringLiteral("help_at_kiosk"));
        if (!called.ok())
            return fail(QStringLiteral("staff call %1: %2").arg(i + 1).arg(called.error().detail));
        std::printf("%s\n", qPrintable(called.value()));
    }
    std::printf("schema %d\n", db.schemaVersion());
    return 0;
}
