// SPDX-License-Identifier: GPL-3.0-or-later
// Calls for staff as visitors and staff notice them, in the real window against the test's
// SQLite file: a visitor's call appears in staff mode's list; Acknowledge (by touch) and Close
// (by keys) change it, and the file keeps that when the kiosk opens it again; the visitor's
// screen says only what is true (on this kiosk's staff screen with no centre, saved but not sent
// while the centre cannot be reached) and says it aloud; staff mode in Chinese shows no English
// words, and never "no problems" beside a problem.
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/syncstatus.h"

#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace windowactions;
using kiosksync::SyncClient;

namespace {
// The demo store's key (KioskServices in demo mode without a [store] secret).
const QByteArray kDemoSecret = "demo-station-secret";
const QString kHere = u"Your call is on this kiosk's staff screen"_s;
const QString kWaiting = u"Your call is saved, but not sent yet"_s;
} // namespace

class TestStaffCallFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<SyncClient> m_client;

    static store::Store &store() { return *StationStore::instance()->store(); }

    /// Unlocks staff mode from wherever the window is (Ctrl+Alt+S and the PIN on the keys).
    static void enterStaffMode(MainWindowFixture &kiosk)
    {
        QTest::keyClick(kiosk.window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(settle(kiosk.window()));
        typeKeys(kiosk, u"2468"_s);
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QTRY_VERIFY(StaffMode::instance()->active());
        QVERIFY(settle(kiosk.window()));
    }

    /// The kiosk stops and starts again as far as its file is concerned: every connection to it
    /// closed, then opened afresh (the staff pages read only the file).
    static void reopenStore()
    {
        StationStore::instance()->close();
        QVERIFY(StationStore::instance()->open(MainWindowFixture::storePath(), kDemoSecret, true));
    }

    static QString stateInFile(const QString &callId)
    {
        return storefilereads::value(u"SELECT state FROM help_calls WHERE id = '%1'"_s.arg(callId)).toString();
    }

    /// A sync client for a centre that is never reached (nothing listens on the port), shown in
    /// staff mode as the kiosk's own would be. An empty enrollment code: not registered.
    void attachUnreachableCentre(const QString &enrollmentCode)
    {
        kiosksync::SyncSettings s;
        s.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
        s.storePath = MainWindowFixture::storePath();
        s.credentialPath = m_config.filePath(u"station.credential"_s);
        s.enrollmentCode = enrollmentCode;
        s.intervalMs = 3600 * 1000;
        s.minBackoffMs = 3600 * 1000;
        s.requestTimeoutMs = 1000;
        m_client = std::make_unique<SyncClient>(s);
        QSignalSpy round(m_client.get(), &SyncClient::roundFinished);
        m_client->start();
        QVERIFY(round.wait(10000));
        SyncStatus::instance()->attach(m_client.get());
    }

    /// The id of the call the page on screen saved (its CallStaffRequest, a plain object).
    static QString callIdOnScreen(const MainWindowFixture &kiosk)
    {
        auto *page = kiosk.find(u"pageLoader"_s)->property("item").value<QQuickItem *>();
        const QObject *call = page ? page->findChild<QObject *>(u"callStaffRequest"_s) : nullptr;
        return call ? call->property("callId").toString() : QString();
    }

    /// The texts the page itself shows now (not the top bar, whose language button names the
    /// other language in it: "English"), as MainWindowFixture::visibleTexts reads them.
    static QStringList pageTexts(const MainWindowFixture &kiosk)
    {
        QStringList texts;
        auto *page = kiosk.find(u"pageLoader"_s)->property("item").value<QQuickItem *>();
        std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            if (!shown(item))
                return;
            if (item->inherits("QQuickText") && item->property("font").value<QFont>().family() != u"Material Icons") {
                const QString text = item->property("text").toString();
                if (!text.isEmpty())
                    texts << text;
            }
            for (QQuickItem *child : item->childItems())
                collect(child);
        };
        if (page)
            collect(page);
        return texts;
    }

    /// Words of two or more Latin letters with a small letter in them: English, not a code (A012,
    /// USB, TJ-V-000123) nor a number.
    static QStringList latinWords(const QStringList &texts)
    {
        static const QRegularExpression word(u"[A-Za-z]*[a-z][A-Za-z]*"_s);
        QStringList found;
        for (const QString &text : texts) {
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w = it.next().captured();
                if (w.size() >= 2)
                    found << w + u" in \""_s + text + u'"';
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        MainWindowFixture kiosk;
        QVERIFY2(StationStore::instance()->available(), "the test store did not open");
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        // Each test starts with nobody waiting: the calls of the test before are closed.
        auto open = store().staffCalls().unclosed();
        QVERIFY(open.ok());
        for (const store::StaffCallRecord &c : open.value())
            QVERIFY(store().staffCalls().close(c.id).ok());
    }

    void cleanup()
    {
        Session::instance()->end();
        SyncStatus::instance()->attach(nullptr);
        if (m_client)
            m_client->stop();
        m_client.reset();
    }

    void aVisitorsCallAppearsInStaffModeAndStaffAnswerIt()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"callStaffButton"_s);
        QTRY_COMPARE(text(kiosk, u"callStaffHeadline"_s), kHere);
        const QString callId = callIdOnScreen(kiosk);
        QVERIFY(!callId.isEmpty());
        QCOMPARE(stateInFile(callId), u"open"_s);

        enterStaffMode(kiosk);
        QCOMPARE(text(kiosk, u"openStaffCalls"_s), u"Calls from visitors: 1 not answered"_s);
        tap(kiosk, u"openStaffCalls"_s);
        waitForPage(kiosk, u"Calls from visitors"_s);
        QCOMPARE(text(kiosk, u"staffCallReason_0"_s), u"Help at the kiosk (the Call staff button)"_s);
        QCOMPARE(text(kiosk, u"staffCallState_0"_s), u"Open: nobody has answered yet"_s);
        const QString at = store().staffCalls().call(callId).value()->createdAt.toLocalTime().toString(u"HH:mm"_s);
        QVERIFY2(text(kiosk, u"staffCallWhen_0"_s).startsWith(u"Called at "_s + at), qPrintable(text(kiosk, u"staffCallWhen_0"_s)));
        QCOMPARE(text(kiosk, u"staffCallDelivery_0"_s), u"Only on this kiosk (no central server)"_s);
        QVERIFY(!kiosk.find(u"staffCall_1"_s));

        // Acknowledged by touch: someone is on the way, and the file says so.
        tap(kiosk, u"acknowledgeCall_0"_s);
        QTRY_COMPARE(text(kiosk, u"staffCallState_0"_s), u"Acknowledged: someone is on the way"_s);
        QVERIFY(!shown(kiosk.find(u"acknowledgeCall_0"_s)));
        QCOMPARE(stateInFile(callId), u"acknowledged"_s);
        // Kept when the kiosk opens its file again: still listed, still acknowledged.
        reopenStore();
        Navigator::instance()->back();
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(text(kiosk, u"openStaffCalls"_s), u"Calls from visitors: 1 on the way"_s);
        tap(kiosk, u"openStaffCalls"_s);
        waitForPage(kiosk, u"Calls from visitors"_s);
        QCOMPARE(text(kiosk, u"staffCallState_0"_s), u"Acknowledged: someone is on the way"_s);

        // Closed by keys alone: off the list, and off it after a restart too.
        QVERIFY(pressWithKeys(kiosk, u"closeCall_0"_s));
        QTRY_VERIFY(shown(kiosk.find(u"noStaffCalls"_s)));
        QCOMPARE(text(kiosk, u"noStaffCalls"_s), u"No visitor is waiting for staff."_s);
        QCOMPARE(stateInFile(callId), u"closed"_s);
        reopenStore();
        Navigator::instance()->back();
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(text(kiosk, u"openStaffCalls"_s), u"Calls from visitors: none"_s);
        QCOMPARE(stateInFile(callId), u"closed"_s);
    }

    void aCallWithoutACentreSaysItIsOnThisKiosksStaffScreen()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"callStaffButton"_s);
        QTRY_COMPARE(text(kiosk, u"callStaffHeadline"_s), kHere);
        const QString meanwhile = text(kiosk, u"callStaffMeanwhile"_s);
        QVERIFY2(meanwhile.contains(u"not sent anywhere else"), qPrintable(meanwhile));
        QVERIFY2(!meanwhile.contains(u"coming"), qPrintable(meanwhile));
        QTRY_VERIFY2(said().join(u'|').contains(kHere + u". "_s + meanwhile), qPrintable(said().join(u'|')));
    }

    void aCallTheCentreCannotGetSaysItIsNotSentYet()
    {
        attachUnreachableCentre(u"CODE-ONE"_s);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"callStaffButton"_s);
        QTRY_COMPARE(text(kiosk, u"callStaffHeadline"_s), kWaiting);
        const QString meanwhile = text(kiosk, u"callStaffMeanwhile"_s);
        QVERIFY2(meanwhile.contains(u"nobody knows yet") && meanwhile.contains(u"wave"), qPrintable(meanwhile));
        QTRY_VERIFY2(said().join(u'|').contains(kWaiting + u". "_s + meanwhile), qPrintable(said().join(u'|')));
        // Still in the outbox: the screen did not claim more than the file holds.
        QCOMPARE(storefilereads::count(u"SELECT COUNT(*) FROM outbox WHERE id = '%1'"_s.arg(callIdOnScreen(kiosk))), 1);
        // In Chinese too, and the words follow the language.
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        QTRY_VERIFY(text(kiosk, u"callStaffHeadline"_s) != kWaiting);
        const QStringList words{text(kiosk, u"callStaffHeadline"_s), text(kiosk, u"callStaffMeanwhile"_s)};
        QVERIFY2(latinWords(words).isEmpty(), qPrintable(words.join(u'\n')));
    }

    void staffModeInChineseShowsNoEnglishAndNoFalseAllClear()
    {
        // As the issue saw it: a centre configured without an enrollment code, the simulated
        // reader, a visitor's call waiting.
        attachUnreachableCentre(QString());
        QVERIFY(!SyncStatus::instance()->lastError().isEmpty());
        QVERIFY(store().requests().callStaff(u"certificate_appeal"_s).ok());
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        enterStaffMode(kiosk);
        QVERIFY(settle(kiosk.window()));
        const QStringList shownTexts = pageTexts(kiosk);
        QVERIFY2(shownTexts.size() > 10, qPrintable(shownTexts.join(u'\n')));
        QVERIFY2(latinWords(shownTexts).isEmpty(), qPrintable(latinWords(shownTexts).join(u'\n')));
        // The problem is in the problems box, in Chinese, and the box does not say there is none.
        const QString problem = SyncStatus::instance()->lastError();
        QVERIFY(latinWords({problem}).isEmpty());
        QVERIFY2(shownTexts.join(u'\n').contains(problem), qPrintable(shownTexts.join(u'\n')));
        VisitorSettings::instance()->setLanguage(u"en"_s);
        QVERIFY(settle(kiosk.window()));
        const QStringList english = kiosk.visibleTexts();
        QVERIFY2(!english.contains(u"No problems right now."_s), qPrintable(english.join(u'\n')));
        QVERIFY2(english.contains(u"Central server: This kiosk is not yet registered with the centre: no server address or "
                                  "enrollment code is configured."_s),
                 qPrintable(english.join(u'\n')));
        VisitorSettings::instance()->setLanguage(u"zh"_s);

        // The calls page too, with one call open and one acknowledged.
        const QString second = store().requests().callStaff(u"help_at_kiosk"_s).value();
        QVERIFY(store().staffCalls().acknowledge(second).ok());
        tap(kiosk, u"openStaffCalls"_s);
        QTRY_VERIFY(kiosk.find(u"staffCall_1"_s));
        QVERIFY(settle(kiosk.window()));
        const QStringList callTexts = pageTexts(kiosk);
        QVERIFY2(callTexts.size() > 8, qPrintable(callTexts.join(u'\n')));
        QVERIFY2(latinWords(callTexts).isEmpty(), qPrintable(latinWords(callTexts).join(u'\n')));
    }

    void withNothingWrongStaffModeSaysSo()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        StationStore::instance()->noteError({});
        enterStaffMode(kiosk);
        const QStringList shownTexts = kiosk.visibleTexts();
        QVERIFY2(shownTexts.contains(u"No problems right now."_s), qPrintable(shownTexts.join(u'\n')));
    }
};

QTEST_MAIN(TestStaffCallFlow)
#include "tst_staffcallflow.moc"
