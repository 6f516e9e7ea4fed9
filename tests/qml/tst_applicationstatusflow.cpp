// SPDX-License-Identifier: GPL-3.0-or-later
// A certificate application's status, with a real kiosk-server process: the demo holder's
// card reaches the kiosk from the server's feed; the visitor reports it lost (through the
// store, as the procedure pages save it); the kiosk syncs; staff accept it on the server
// (`admin set-status --application ID --status accepted`); the kiosk syncs again and the
// certificate page shows the application as accepted, in its own words, and the card as
// reported lost. Then staff finish it and the page says done.
#include "enrolledkiosk.h"
#include "mainwindowfixture.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "core/applicationstate.h"
#include "core/democertificates.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/applicationdraft.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;

class TestApplicationStatusFlow : public QObject
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
    /// The visible item named `name` (the page has one per outcome, only one shown).
    static QQuickItem *visibleNamed(QQuickItem *item, const QString &name)
    {
        if (!item->isVisible())
            return nullptr;
        if (item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems())
            if (QQuickItem *found = visibleNamed(child, name))
                return found;
        return nullptr;
    }
    static QString text(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = visibleNamed(kiosk.window()->contentItem(), name);
        // As read: without the joiners that keep words and numbers whole across lines.
        return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
    }
    /// One successful sync round (push, then the server's changes), within 30 s.
    bool round()
    {
        QSignalSpy spy(m_client.get(), &SyncClient::roundFinished);
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            m_client->syncNow();
            if (spy.wait(5000) && spy.last().at(0).toBool())
                return true;
        }
        return false;
    }
    /// A kiosk enrolled with the server, its store keyed with the station's credential.
    bool enrol()
    {
        m_client = enrolledkiosk::enrol(m_server->baseUrl(), m_config->filePath(QStringLiteral("station.credential")));
        if (!m_client)
            return false;
        return round(); // the feed's certificates, under this station's keys
    }
    void openCertificate(MainWindowFixture &kiosk, const QString &idNumber)
    {
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(QStringLiteral("tile_certificate"))
                                     && kiosk.find(QStringLiteral("tile_certificate"))->isVisible(),
                                 3000);
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("typeNumberButton")));
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
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
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_server.reset();
        m_scratch.reset();
    }

    void staffAcceptingAReportOfLossShowsOnTheCertificatePage()
    {
        auto kiosk = std::make_unique<MainWindowFixture>();
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(enrol());
        const auto holder = core::DemoCertificates::find(QStringLiteral("issued_recently"));
        QVERIFY(holder);
        store::Store *st = StationStore::instance()->store();
        QVERIFY2(st->certificates().lookupCertificate(holder->idNumber).value().has_value(),
                 "the server's demo certificate reached the kiosk under the station's key");

        store::ApplicationDraft draft;
        draft.procedure = core::CertificateProcedure::Replace;
        draft.choice = QStringLiteral("lost");
        draft.phone = QStringLiteral("13812345678");
        const auto sent = st->applications().submit(holder->idNumber, draft);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message.english()));
        QVERIFY(round());

        QString out;
        QCOMPARE(m_server->admin({"applications", "--station", "st1"}, &out), 0);
        QVERIFY2(out.contains(sent->id) && out.contains(u"reported lost"), qPrintable(out));
        QCOMPARE(m_server->admin({"set-status", "--application", sent->id, "--status", "accepted"}, &out), 0);
        QVERIFY(round());

        openCertificate(*kiosk, holder->idNumber);
        const QString accepted = LineBreaking::withoutJoiners(core::ApplicationStates::name(core::ApplicationState::Accepted).in(VisitorSettings::instance()->language()));
        QTRY_VERIFY2_WITH_TIMEOUT(text(*kiosk, QStringLiteral("applicationState")).startsWith(accepted),
                                  qPrintable(text(*kiosk, QStringLiteral("applicationState"))), 5000);
        QVERIFY2(!text(*kiosk, QStringLiteral("reportedLost")).isEmpty(), "the card shows as reported lost");
        kiosk.reset(); // the visit ends

        // Staff finish it: the next visit sees it done.
        QCOMPARE(m_server->admin({"set-status", "--application", sent->id, "--status", "done", "--pickup-zh", "和平区残联服务大厅 1 号窗口",
                                  "--pickup-en", "Heping District Federation, hall window 1"},
                                 &out),
                 0);
        QVERIFY(round());
        kiosk = std::make_unique<MainWindowFixture>();
        openCertificate(*kiosk, holder->idNumber);
        // As read: without the word joiners that keep the words on one line.
        const QString done = LineBreaking::withoutJoiners(core::ApplicationStates::name(core::ApplicationState::Done).in(VisitorSettings::instance()->language()));
        QTRY_VERIFY2_WITH_TIMEOUT(text(*kiosk, QStringLiteral("applicationState")).startsWith(done),
                                  qPrintable(text(*kiosk, QStringLiteral("applicationState"))), 5000);
    }
};

QTEST_MAIN(TestApplicationStatusFlow)
#include "tst_applicationstatusflow.moc"
