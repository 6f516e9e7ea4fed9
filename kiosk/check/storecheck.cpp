// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/storecheck.h"

#include "kiosk/kioskconfig.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/database.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/syncqueue.h"

#include <QFileInfo>

QString StoreCheck::storePath(const KioskConfig &config)
{
    return config.storePath.isEmpty() ? StationStore::defaultPath() : config.storePath;
}

CheckResult StoreCheck::run(const KioskConfig &config)
{
    const QString name = QStringLiteral("store");
    const QString path = storePath(config);
    // Without a secret the kiosk does not open its store at all (KioskServices::start).
    if (config.stationSecret.isEmpty() && !config.demo)
        return CheckResult::fail(name, QStringLiteral("no station secret ([store] secret or secret_file): the kiosk "
                                                      "would run without its store"));
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !folder.isWritable())
            return CheckResult::fail(name, QStringLiteral("%1 does not exist and its folder is not writable by this user")
                                               .arg(path));
        return CheckResult::ok(name, QStringLiteral("%1 does not exist yet; it will be created at first start").arg(path));
    }
    if (!info.isReadable() || !info.isWritable())
        return CheckResult::fail(name, QStringLiteral("%1 cannot be read and written by this user").arg(path));

    // Open without migrating: the file exists (checked above), so nothing is created; a
    // store the kiosk wrote is already in WAL mode, so opening sets nothing new in it either.
    store::Database db(path);
    const auto opened = db.open(/*migrate=*/false);
    if (!opened.ok()) {
        const store::StoreError &error = opened.error();
        // The store's own message (TooNew: "...written by a newer version of the kiosk..."),
        // in English, and its technical detail.
        QString text = error.message.in(u"en");
        if (!error.detail.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" (")) + error.detail + (text.isEmpty() ? QString() : QStringLiteral(")"));
        return CheckResult::fail(name, QStringLiteral("%1: %2").arg(path, text));
    }
    const int version = db.schemaVersion();
    const int latest = store::Migrations::latest();
    QString schema = version == latest ? QStringLiteral("schema version %1 (current)").arg(version)
                                       : QStringLiteral("schema version %1 of %2 (the kiosk migrates it at start)")
                                             .arg(version)
                                             .arg(latest);
    if (version < 1)
        return CheckResult::ok(name, QStringLiteral("%1: empty store; it will be set up at first start").arg(path));
    const auto counts = store::SyncQueue(db).counts();
    if (!counts.ok())
        return CheckResult::fail(name, QStringLiteral("%1: %2; the outbox cannot be read: %3")
                                           .arg(path, schema, counts.error().detail));
    QString outbox = QStringLiteral("%1 item(s) waiting in the outbox").arg(counts.value().pending);
    if (counts.value().parked > 0)
        outbox += QStringLiteral(", %1 parked for staff").arg(counts.value().parked);
    return CheckResult::ok(name, QStringLiteral("%1: %2, %3").arg(path, schema, outbox));
}
