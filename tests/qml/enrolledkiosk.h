// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindowfixture.h"

#include "kiosk/stationstore.h"
#include "kiosk/sync/syncclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include <memory>

/// @brief The window tests' kiosk enrolled with a real kiosk-server (tst_bookingholdflow,
/// tst_lookupflow, tst_applicationstatusflow, tst_staffcallcentre): the sync client started
/// with the demo seed's enrolment code, its first successful round, and the store reopened
/// keyed with the station's credential, as the kiosk does once enrolled. One copy, so a
/// change to how a kiosk enrols is made once for every test that talks to a server.
namespace enrolledkiosk {

/// Starts a sync client for `serverUrl` and waits (at most 30 s) for a round that succeeds;
/// null if the kiosk could not enrol or its store could not be reopened under the new key.
/// The client only syncs when asked (an hour between its own rounds), and retries quickly.
inline std::unique_ptr<kiosksync::SyncClient> enrol(const QString &serverUrl, const QString &credentialPath)
{
    kiosksync::SyncSettings s;
    s.serverUrl = QUrl(serverUrl);
    s.storePath = MainWindowFixture::storePath();
    s.credentialPath = credentialPath;
    s.enrollmentCode = QStringLiteral("CODE-ONE");
    s.intervalMs = 3600 * 1000;
    s.minBackoffMs = 50;
    s.maxBackoffMs = 200;
    auto client = std::make_unique<kiosksync::SyncClient>(s);
    QSignalSpy round(client.get(), &kiosksync::SyncClient::roundFinished);
    client->start();
    client->syncNow();
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired())
        if (round.wait(1000) && round.last().at(0).toBool())
            break;
    if (client->stationSecret().isEmpty())
        return nullptr;
    StationStore::instance()->close();
    if (!StationStore::instance()->open(MainWindowFixture::storePath(), client->stationSecret(), true))
        return nullptr;
    return client;
}

} // namespace enrolledkiosk
