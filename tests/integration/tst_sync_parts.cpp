// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client's pure parts: back-off with jitter, and mapping the change feed onto the store.
#include "core/wire/changespage.h"
#include "kiosk/sync/backoff.h"
#include "kiosk/sync/changemapper.h"
#include "kiosk/sync/credentialfile.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosksync;

class SyncPartsTest : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsExponentiallyWithJitterUpToTheCeiling()
    {
        Backoff backoff(1000, 60000);
        QCOMPARE(backoff.ceilingMs(1), 1000);
        QCOMPARE(backoff.ceilingMs(2), 2000);
        QCOMPARE(backoff.ceilingMs(5), 16000);
        QCOMPARE(backoff.ceilingMs(30), 60000);
        QSet<int> seen;
        for (int i = 0; i < 12; ++i) {
            const int d = backoff.nextDelayMs();
            QVERIFY(d >= 1000);
            QVERIFY(d <= backoff.ceilingMs(backoff.failures()));
            if (backoff.failures() >= 8)
                seen.insert(d);
        }
        // Jitter: kiosks coming back together do not all wait the same time.
        QVERIFY(seen.size() > 1);
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 1000);
    }

    void changesMapOntoStoreRowsAndUnknownOnesAreSkipped()
    {
        core::wire::ChangesPage page;
        page.cursor = QStringLiteral("42");
        page.changes = {
            {1, "service", "legal-aid", {{"category", "legal"}, {"name", QJsonObject{{"zh", "法律服务"}, {"en", "Legal"}}}}, false},
            {2, "service", "gone", {}, true},
            {3, "certificate", "abc123", {{"idNumberMasked", "110105********002X"}, {"category", 1}, {"level", 2},
                                          {"status", "ready_for_pickup"}, {"validUntil", "2031-06-30"}}, false},
            {4, "certificate", "bad", {{"category", 9}, {"level", 2}, {"status", "issued"}}, false},
            {5, "request_status", "req-1", {{"status", "assigned"}, {"changedAt", "2026-07-06T01:02:03.000Z"}}, false},
            {6, "volunteer", "V1", {{"name", "Li"}, {"hoursTotal", 120.5}, {"skills", QJsonArray{"sign_language"}}}, false},
            {7, "hologram", "x", {}, false},
        };
        int skipped = 0;
        const store::ChangeSet set = ChangeMapper::map(page, &skipped);
        QCOMPARE(set.cursor, QStringLiteral("42"));
        QCOMPARE(skipped, 2);
        QCOMPARE(set.services.size(), 1);
        QCOMPARE(set.services.first().category, core::ServiceCategory::Legal);
        QCOMPARE(set.services.first().name.in(u"en"), QStringLiteral("Legal"));
        QCOMPARE(set.removedServices, QStringList{"gone"});
        QCOMPARE(set.certificates.size(), 1);
        QCOMPARE(set.certificates.first().idHash, QStringLiteral("abc123"));
        QCOMPARE(set.certificates.first().state, core::CertificateState::ReadyForPickup);
        QCOMPARE(set.certificates.first().validUntil, QDate(2031, 6, 30));
        QCOMPARE(set.requestStatuses.size(), 1);
        QCOMPARE(set.requestStatuses.first().status, core::RequestState::Assigned);
        QCOMPARE(set.volunteers.first().served.halfHours(), 241);
        QCOMPARE(set.volunteers.first().skills, QStringList{"sign_language"});
    }

    void applicationStatusesAndReportsOfLossMapOntoTheStore()
    {
        core::wire::ChangesPage page;
        page.cursor = QStringLiteral("9");
        const QJsonObject card{{"idNumberMasked", "120101********0012"}, {"category", 4}, {"level", 2}, {"status", "issued"},
                               {"validUntil", "2033-06-30"}, {"reportedLostOn", "2026-12-01"}};
        QJsonObject notLost = card;
        notLost.insert("reportedLostOn", QJsonValue::Null);
        page.changes = {
            {1, "application_status", "app-1", {{"status", "accepted"}, {"changedAt", "2026-12-01T02:00:00.000Z"}}, false},
            {2, "application_status", "app-2",
             {{"status", "refused"}, {"changedAt", "2026-12-02T03:00:00.000Z"}, {"reason", "请带户口本来"}}, false},
            {3, "application_status", "app-3",
             {{"status", "done"}, {"changedAt", "2026-12-03T04:00:00.000Z"},
              {"pickupPlace", QJsonObject{{"zh", "1 号窗口"}, {"en", "Window 1"}}}},
             false},
            {4, "application_status", "app-4", {{"status", "lost_in_the_post"}, {"changedAt", "2026-12-03T04:00:00.000Z"}}, false},
            {5, "application_status", "app-5", {{"status", "done"}}, false},
            {6, "certificate", "lost", card, false},
            {7, "certificate", "kept", notLost, false},
        };
        int skipped = 0;
        const store::ChangeSet set = ChangeMapper::map(page, &skipped);
        QCOMPARE(skipped, 2); // an unknown state, and a move without its time
        QCOMPARE(set.applicationStatuses.size(), 3);
        QCOMPARE(set.applicationStatuses.at(0).id, QStringLiteral("app-1"));
        QCOMPARE(set.applicationStatuses.at(0).status, core::ApplicationState::Accepted);
        QCOMPARE(set.applicationStatuses.at(0).changedAt, QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
        QCOMPARE(set.applicationStatuses.at(1).status, core::ApplicationState::Refused);
        QCOMPARE(set.applicationStatuses.at(1).reason, QStringLiteral("请带户口本来"));
        QCOMPARE(set.applicationStatuses.at(2).status, core::ApplicationState::Done);
        QCOMPARE(set.applicationStatuses.at(2).pickupPlace.in(u"en"), QStringLiteral("Window 1"));
        QCOMPARE(set.certificates.size(), 2);
        QCOMPARE(set.certificates.at(0).reportedLostOn, QDate(2026, 12, 1));
        QVERIFY(!set.certificates.at(1).reportedLostOn.isValid());
    }

    void credentialFileIsPrivateToTheOwner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kiosk.sqlite.credential");
        QVERIFY(!CredentialFile::read(path));
        QVERIFY(CredentialFile::write(path, {"st1", "token", "key"}));
        QCOMPARE(CredentialFile::read(path)->token, QStringLiteral("token"));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(SyncPartsTest)
#include "tst_sync_parts.moc"
