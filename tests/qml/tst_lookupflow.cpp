// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate page on a cache miss, with a real kiosk-server process: "checking" at once,
// then the server's certificate, "not found", or the offline words within 3 s.
#include "enrolledkiosk.h"
#include "mainwindowfixture.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "core/certificatelifecycle.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"

#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;

namespace {
// The demo's resident of another district: on the server, in no station's change feed.
const QString kResident = QStringLiteral("120103197208150037");
const QString kNobody = QStringLiteral("110101199003071233");
} // namespace

class TestLookupFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SyncClient> m_client;

    static void tap(QQuickWindow *window, QQuickItem *item)
    {
        QVERIFY2(item && item->isVisible(), "nothing visible to touch");
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }
    static QString text(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        // As read: without the joiners that keep words and numbers whole across lines.
        return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
    }
    /// Home → My certificate → type the number → Confirm; returns how long Confirm took to
    /// show the next page's first words.
    static void typeId(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("typeNumberButton")));
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
    }

    /// A kiosk enrolled with the server, its store keyed with the station's credential.
    bool enrol()
    {
        m_client = enrolledkiosk::enrol(m_server->baseUrl(), m_config->filePath(QStringLiteral("station.credential")));
        if (!m_client)
            return false;
        CertificateLookup::instance()->attach(m_client.get());
        return true;
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
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
        CertificateLookup::instance()->attach(nullptr);
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_server.reset();
        m_scratch.reset();
    }

    void aServerOnlyCertificateShowsAfterChecking()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(enrol());
        typeId(kiosk, kResident);
        QElapsedTimer sinceConfirm;
        sinceConfirm.start();
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        // "Checking" is the first thing the page says, without waiting for the network.
        QCOMPARE(text(kiosk, QStringLiteral("certificateProblem")), QStringLiteral("Checking with the central office..."));
        // The order above is the proof; the bound only catches a page that waited for the
        // network's own time-out, with room for a slow machine drawing the page.
        QVERIFY2(sinceConfirm.elapsed() < 1000, qPrintable(QString::number(sinceConfirm.elapsed())));
        const QString ready = core::CertificateLifecycle::step(core::CertificateState::ReadyForPickup).plainName.in(u"en");
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, QStringLiteral("certificateState")).startsWith(ready), 3000);
        // Kept like any other certificate: found again without asking.
        QVERIFY(StationStore::instance()->store()->certificates().lookupCertificate(kResident).value().has_value());
    }

    void aNumberTheServerDoesNotKnowIsSaidPlainly()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(enrol());
        typeId(kiosk, kNobody);
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, QStringLiteral("certificateProblem")).startsWith(u"There is no disability certificate"), 3000);
        // No second Call staff (it is in the bottom bar): how to apply, Apply, Try another number.
        QVERIFY(kiosk.find(QStringLiteral("procedure_apply"))->isVisible());
        QVERIFY(kiosk.find(QStringLiteral("tryAnotherNumber"))->isVisible());
    }

    void aServerThatIsGoneGivesTheOfflineWordsWithinThreeSeconds()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(enrol());
        m_server.reset(); // the server process stops
        typeId(kiosk, kNobody);
        QElapsedTimer sinceConfirm;
        sinceConfirm.start();
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QTRY_VERIFY_WITH_TIMEOUT(text(kiosk, QStringLiteral("certificateProblem")).contains(u"cannot reach the central office"), 3500);
        QVERIFY2(sinceConfirm.elapsed() <= 3500, qPrintable(QString::number(sinceConfirm.elapsed())));
    }
};

QTEST_MAIN(TestLookupFlow)
#include "tst_lookupflow.moc"
