// SPDX-License-Identifier: GPL-3.0-or-later
// Asking a volunteer for help, end to end over real HTTP on loopback: a real kiosk-server
// process (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql) and the kiosk's real store
// and sync client. A request made while the server is down is kept, delivered once it is back,
// matched and assigned by the admin commands, and "My requests" shows the volunteer; a
// cancellation withdraws the assignment; a rating counts in the volunteer's record.
#include "serverprocess.h"
#include "testdatabase.h"

#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/sync/syncclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using store::HelpRequestStage;

class HelpEndToEndTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;
    std::unique_ptr<store::Database> m_storeDb;
    const QString m_idNumber = QStringLiteral("11010519491231002X");

    SyncSettings settings() const
    {
        SyncSettings s;
        s.serverUrl = QUrl(m_server->baseUrl());
        s.storePath = m_kioskDir->filePath(QStringLiteral("kiosk.sqlite"));
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.intervalMs = 3600 * 1000; // rounds only when the test asks
        s.minBackoffMs = 50;
        s.maxBackoffMs = 200;
        s.requestTimeoutMs = 3000;
        return s;
    }
    /// One round; true when it reached the server.
    static bool round(SyncClient &client)
    {
        QSignalSpy spy(&client, &SyncClient::roundFinished);
        client.syncNow();
        return spy.wait(20000) && spy.last().at(0).toBool();
    }
    static bool roundUntilOk(SyncClient &client)
    {
        for (int i = 0; i < 20; ++i) {
            if (round(client))
                return true;
        }
        return false;
    }
    store::HelpRequestRecord mine(store::Store &keyed, const QString &id)
    {
        for (const auto &r : keyed.requests().requestsFor(keyed.keyFor(m_idNumber)).value()) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    /// Sync rounds until the request reaches the stage: the server's change and the feed that
    /// carries it back may take more than one round. Bounded, so a change that never arrives
    /// fails. True when the stage was reached.
    bool roundsUntilStage(SyncClient &client, store::Store &keyed, const QString &id,
                          HelpRequestStage stage)
    {
        for (int i = 0; i < 10; ++i) {
            if (!roundUntilOk(client))
                return false;
            if (mine(keyed, id).stage == stage)
                return true;
        }
        return false;
    }
    QString admin(const QStringList &args, int expected = 0)
    {
        QString out;
        const int status = m_server->admin(args, &out);
        if (status != expected)
            qWarning("admin %s: %d: %s", qPrintable(args.join(u' ')), status, qPrintable(out));
        return status == expected ? out : QStringLiteral("(failed)");
    }

    /// `admin volunteer` as JSON (PostgreSQL's notices on the same output are left out).
    QJsonObject volunteerRecord(const QString &id)
    {
        const QString out = admin({"volunteer", "--volunteer", id});
        const QJsonObject record =
            QJsonDocument::fromJson(out.mid(out.indexOf(u'{'), out.lastIndexOf(u'}') - out.indexOf(u'{') + 1).toUtf8()).object();
        if (record.value("id").toString() != id)
            qWarning("no volunteer record in: %s", qPrintable(out));
        return record;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QVERIFY(admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}) != u"(failed)");
        QVERIFY(m_server->start());
        m_kioskDir = std::make_unique<QTemporaryDir>();
        m_storeDb = std::make_unique<store::Database>(m_kioskDir->filePath(QStringLiteral("kiosk.sqlite")));
        QVERIFY(m_storeDb->open().ok());
    }

    void cleanup()
    {
        m_storeDb.reset();
        m_server.reset();
        m_kioskDir.reset();
        m_scratch.reset();
    }

    void offlineRequestIsDeliveredAssignedShownAndCancelled()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(roundUntilOk(client));
        store::Store keyed(*m_storeDb, client.stationSecret());
        // The station's places came with the feed.
        const auto places = keyed.requests().places().value();
        QCOMPARE(places.size(), 4);
        QCOMPARE(places.first().id, QStringLiteral("place-hospital-1"));

        // The server goes away; the visitor asks for help anyway.
        const quint16 port = m_server->port();
        m_server->kill();
        store::HelpRequestDraft draft;
        draft.type = core::HelpType::HomeVisit;
        draft.idNumber = m_idNumber;
        draft.phone = QStringLiteral("138 1234 5678");
        draft.wantedDay = QDate::currentDate().addDays(2);
        draft.dayPart = core::DayPart::Afternoon;
        draft.place = {core::PlaceKind::Listed, QStringLiteral("place-hospital-1")};
        draft.noteKeys = {QStringLiteral("uses_wheelchair"), QStringLiteral("female_volunteer")};
        const auto saved = keyed.requests().submitHelpRequest(draft);
        QVERIFY(saved.ok());
        const QString id = saved.value().id;
        QVERIFY(!round(client));
        QCOMPARE(mine(keyed, id).stage, HelpRequestStage::WaitingToSend);
        QCOMPARE(client.pending(), 1);

        // Back again: delivered, received, and the kiosk forgets the notes and the phone.
        QVERIFY(m_server->start(port));
        QVERIFY(roundUntilOk(client));
        QCOMPARE(client.pending(), 0);
        QCOMPARE(client.parked(), 0);
        QCOMPARE(mine(keyed, id).stage, HelpRequestStage::Received);
        QVERIFY(mine(keyed, id).noteKeys.isEmpty());

        // The coordinator: TJ-V-000105 has the skill (home visits) and serves this station.
        const QString suggestions = admin({"match", "--request", id});
        QVERIFY2(suggestions.contains("TJ-V-000105"), qPrintable(suggestions));
        QVERIFY(!suggestions.contains("TJ-V-000101")); // hospital and travel only
        const QString agreed = QDate::currentDate().addDays(2).toString(Qt::ISODate) + QStringLiteral("T14:30");
        QVERIFY(admin({"assign", "--request", id, "--volunteer", "TJ-V-000105", "--at", agreed}) != u"(failed)");
        QVERIFY(roundsUntilStage(client, keyed, id, HelpRequestStage::VolunteerFound));
        store::HelpRequestRecord r = mine(keyed, id);
        QCOMPARE(r.stage, HelpRequestStage::VolunteerFound);
        QCOMPARE(r.status, core::RequestState::Assigned);
        QCOMPARE(r.volunteerGivenName, QStringLiteral("静")); // 陈静: the given name only
        QCOMPARE(r.agreedAt, QDateTime(QDate::currentDate().addDays(2), QTime(14, 30)));
        QCOMPARE(m_storeDb->scalar(u"SELECT COUNT(*) FROM assignments WHERE request_id = ?"_qs, {id}).value().toInt(), 1);

        QCOMPARE(volunteerRecord(QStringLiteral("TJ-V-000105")).value("openAssignments").toInt(), 1);

        // The visitor cancels: waiting until the server confirms, then cancelled, volunteer freed.
        QVERIFY(keyed.requests().cancelRequest(id).ok());
        QCOMPARE(mine(keyed, id).stage, HelpRequestStage::CancellationWaitingToSend);
        QVERIFY(roundsUntilStage(client, keyed, id, HelpRequestStage::Cancelled));
        r = mine(keyed, id);
        QCOMPARE(r.stage, HelpRequestStage::Cancelled);
        QVERIFY(r.volunteerGivenName.isEmpty());
        QVERIFY(!r.cancellable);
        QCOMPARE(m_storeDb->scalar(u"SELECT COUNT(*) FROM assignments WHERE request_id = ?"_qs, {id}).value().toInt(), 0);
        const QJsonObject volunteer = volunteerRecord(QStringLiteral("TJ-V-000105"));
        QCOMPARE(volunteer.value("id").toString(), QStringLiteral("TJ-V-000105"));
        QCOMPARE(volunteer.value("openAssignments").toInt(), 0);
    }

    void doneHelpIsRatedAndCountsToTheVolunteer()
    {
        SyncClient client(settings());
        client.start();
        QVERIFY(roundUntilOk(client));
        store::Store keyed(*m_storeDb, client.stationSecret());
        store::HelpRequestDraft draft;
        draft.type = core::HelpType::SignLanguage;
        draft.idNumber = m_idNumber;
        draft.dayPart = core::DayPart::Any;
        draft.place = {core::PlaceKind::Station, {}};
        const QString id = keyed.requests().submitHelpRequest(draft).value().id;
        QVERIFY(roundUntilOk(client));
        QVERIFY(admin({"assign", "--request", id, "--volunteer", "TJ-V-000105"}) != u"(failed)");
        QVERIFY(admin({"set-status", "--request", id, "--status", "done"}) != u"(failed)");
        QVERIFY(roundUntilOk(client));
        QCOMPARE(mine(keyed, id).stage, HelpRequestStage::Done);
        QVERIFY(!mine(keyed, id).cancellable);
        QVERIFY(!mine(keyed, id).agreedAt.isValid());

        QVERIFY(keyed.requests().rate(id, 4, {QStringLiteral("kind"), QStringLiteral("late")}).ok());
        QVERIFY(roundUntilOk(client));
        QCOMPARE(client.parked(), 0);
        QCOMPARE(client.pending(), 0);
        const QJsonObject volunteer = volunteerRecord(QStringLiteral("TJ-V-000105"));
        QCOMPARE(volunteer.value("ratings").toInt(), 1);
        QCOMPARE(volunteer.value("averageStars").toDouble(), 4.0);
    }
};

KIOSK_STORAGE_TEST_MAIN(HelpEndToEndTest)
#include "tst_help_e2e.moc"
