// SPDX-License-Identifier: GPL-3.0-or-later
// A visitor's call for staff with a real kiosk-server process: once the centre has accepted it
// (the server answered "stored", so its outbox entry is gone) the screen says, and speaks, that
// the call has reached the service centre, and the store records it as delivered. (The "saved,
// not sent yet" words are tested without a server, in tst_staffcallflow.)
#include "enrolledkiosk.h"
#include "mainwindowfixture.h"
#include "serverprocess.h"
#include "storefilereads.h"
#include "testdatabase.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/syncstatus.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace windowactions;
using kiosksync::SyncClient;

class TestStaffCallCentre : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SyncClient> m_client;

    /// A kiosk enrolled with the server, delivering each saved record at once as the kiosk does.
    bool enrol()
    {
        m_client = enrolledkiosk::enrol(m_server->baseUrl(), m_config->filePath(u"station.credential"_s));
        if (!m_client)
            return false;
        connect(StationStore::instance(), &StationStore::recordSaved, m_client.get(), &SyncClient::syncNow);
        SyncStatus::instance()->attach(m_client.get());
        return true;
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QCOMPARE(m_server->admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}), 0);
        QVERIFY(m_server->start(0));
        m_config = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        Session::instance()->end();
        SyncStatus::instance()->attach(nullptr);
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_server.reset();
        m_scratch.reset();
    }

    void aCallTheCentreAcceptedSaysSoAndSpeaksIt()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        QVERIFY(enrol());
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"callStaffButton"_s);
        const QString sent = u"Your call has reached the service centre"_s;
        QTRY_COMPARE_WITH_TIMEOUT(text(kiosk, u"callStaffHeadline"_s), sent, 10000);
        const QString meanwhile = text(kiosk, u"callStaffMeanwhile"_s);
        QVERIFY2(meanwhile.contains(u"Staff at the centre can see your call"), qPrintable(meanwhile));
        QTRY_VERIFY2(said().join(u'|').contains(sent + u". "_s + meanwhile), qPrintable(said().join(u'|')));
        // True of the file: the centre answered "stored", so the outbox no longer holds it.
        auto *page = kiosk.find(u"pageLoader"_s)->property("item").value<QQuickItem *>();
        const QString callId = page->findChild<QObject *>(u"callStaffRequest"_s)->property("callId").toString();
        QVERIFY(!callId.isEmpty());
        QCOMPARE(storefilereads::count(u"SELECT COUNT(*) FROM outbox WHERE id = '%1'"_s.arg(callId)), 0);
        QCOMPARE(StationStore::instance()->store()->staffCalls().call(callId).value()->delivery,
                 store::StaffCallRecord::Delivery::Delivered);
    }
};

QTEST_MAIN(TestStaffCallCentre)
#include "tst_staffcallcentre.moc"
