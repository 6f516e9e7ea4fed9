// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

/// @brief One kiosk of a test against a real kiosk-server: its folder, store file, store and
/// sync client. Rounds run only when the test asks, and a failed round is not retried on its
/// own: the test decides when a kiosk is back in touch.
struct TestKiosk
{
    QTemporaryDir dir;
    QString enrollmentCode = QStringLiteral("CODE-ONE");
    int requestTimeoutMs = 5000;
    /// Run once on the keyed store, e.g. to put it on the test's clocks.
    std::function<void(store::Store &)> prepareStore;
    /// Run on the new sync client before it starts (its first round follows at once), e.g. to
    /// give it the reader's state that round should report.
    std::function<void(kiosksync::SyncClient &)> prepareClient;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<kiosksync::SyncClient> client;
    std::unique_ptr<store::Store> st;

    QString storePath() const { return dir.filePath(QStringLiteral("kiosk.sqlite")); }

    kiosksync::SyncSettings settings(const QString &url) const
    {
        kiosksync::SyncSettings s;
        s.serverUrl = QUrl(url);
        s.storePath = storePath();
        s.credentialPath = dir.filePath(QStringLiteral("station.credential"));
        s.enrollmentCode = enrollmentCode;
        s.intervalMs = 3600 * 1000;
        s.minBackoffMs = 3600 * 1000;
        s.maxBackoffMs = 3600 * 1000;
        s.requestTimeoutMs = requestTimeoutMs;
        return s;
    }
    bool start(const QString &url)
    {
        db = std::make_unique<store::Database>(storePath());
        if (!db->open().ok())
            return false;
        client = std::make_unique<kiosksync::SyncClient>(settings(url));
        if (prepareClient)
            prepareClient(*client);
        client->start();
        return true;
    }
    /// One successful round (enrolment first, if needed), within 10 tries.
    bool round()
    {
        QSignalSpy spy(client.get(), &kiosksync::SyncClient::roundFinished);
        for (int i = 0; i < 10; ++i) {
            client->syncNow();
            if (spy.wait(20000) && spy.last().at(0).toBool())
                return true;
        }
        return false;
    }
    /// After the first round: the store keyed with the station's secret.
    store::Store &keyed()
    {
        if (!st) {
            st = std::make_unique<store::Store>(*db, client->stationSecret());
            if (prepareStore)
                prepareStore(*st);
        }
        return *st;
    }
    int count(const QString &sql) const { return db->scalar(sql).value().toInt(); }
    void stop()
    {
        st.reset();
        if (client)
            client->stop();
    }
};
