// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's volunteer rows and its volunteer look-up against a real kiosk-server process.
// The change mapper reads volunteer, registration_status and duty_status rows (and skips the
// ones it cannot read); the look-up, asked from the GUI thread, is answered within 2 s: not
// registered, pending, approved (the store then finds the card's volunteer by its ID number,
// even offline, the volunteer's row fetched by the round the answer starts), or unreachable for every way of getting no answer. Only the visitor key
// travels, in the body; neither log holds the ID number or the key. The request body and the
// server's answers are kept for the contract check.
#include "contractsample.h"
#include "serverprocess.h"
#include "testkiosk.h"
#include "testdatabase.h"

#include "core/weekavailability.h"
#include "core/wire/changespage.h"
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/store/volunteerregistrationdraft.h"
#include "kiosk/sync/changemapper.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/httpexchange.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/sync/volunteerlookuprequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using Outcome = SyncClient::VolunteerLookupOutcome;

namespace {

// GB 11643's own example number and a made-up one with a valid check digit: nobody real.
const QString kWang = QStringLiteral("11010519491231002X");
const QString kNobody = QStringLiteral("110101199003071233");

QStringList g_kioskLog;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_kioskLog.append(message);
}

} // namespace

/// One kiosk of the station: its own folder, store file and sync client.
/// The look-up's own 2 s deadline must hold even where the client would wait longer.
struct Kiosk : TestKiosk
{
    Kiosk() { requestTimeoutMs = 30000; }
};

class SyncVolunteerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;

    QString admin(const QStringList &args)
    {
        QString out;
        const int status = m_server->admin(args, &out);
        if (status != 0)
            qWarning("admin %s: %d: %s", qPrintable(args.join(u' ')), status, qPrintable(out));
        return status == 0 ? out : QStringLiteral("(failed)");
    }

    struct Asked
    {
        int outcome = -1; ///< -1: no answer, several, or not within the time
        QString number;
        qint64 ms = 0;
    };
    static Asked ask(SyncClient &client, const QString &idNumber, int withinMs = 2600)
    {
        QSignalSpy spy(&client, &SyncClient::volunteerLookupFinished);
        QElapsedTimer timer;
        timer.start();
        client.lookupVolunteer(idNumber);
        Asked a;
        if (timer.elapsed() > 500 || !spy.wait(withinMs))
            return a;
        a.ms = timer.elapsed();
        QTest::qWait(50); // a second answer to one question would show here
        if (spy.size() != 1)
            return a;
        a.outcome = spy.first().at(0).toInt();
        a.number = spy.first().at(1).toString();
        return a;
    }

    /// The exact body the kiosk sends for `idNumber` and the server's answer to it, kept for
    /// the contract check (the sync client itself never hands out the raw answer).
    void recordContractSamples(Kiosk &k, const QString &idNumber)
    {
        const auto credential = kiosksync::CredentialFile::read(k.settings({}).credentialPath);
        QVERIFY(credential);
        const QJsonObject body = kiosksync::VolunteerLookupRequest::body(k.keyed().keyFor(idNumber));
        contract::recordSchemaSample(QStringLiteral("VolunteerLookupRequest"), body);
        QNetworkAccessManager network;
        kiosksync::HttpExchange http(network, 5000);
        const auto reply = http.send("POST", QUrl(m_server->baseUrl() + QStringLiteral("/v1/volunteers/lookup")),
                                     QJsonDocument(body).toJson(QJsonDocument::Compact), credential->token);
        QCOMPARE(reply.status, 200);
        contract::recordResponseSample(QStringLiteral("POST"), QStringLiteral("/v1/volunteers/lookup"), reply.status, reply.body);
    }

    static store::VolunteerRegistrationDraft draftFor(const QString &idNumber)
    {
        store::VolunteerRegistrationDraft d;
        d.idNumber = idNumber;
        d.name = QStringLiteral("王芳");
        d.skills = {QStringLiteral("sign_language"), QStringLiteral("first_aid")};
        d.availability.set(Qt::Monday, QStringLiteral("morning"), true);
        d.availability.set(Qt::Saturday, QStringLiteral("afternoon"), true);
        d.phone = QStringLiteral("13812345678");
        d.consentVersion = QStringLiteral("2026-12");
        d.consentAgreedAt = QDateTime::currentDateTime();
        return d;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QVERIFY(admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}) != u"(failed)");
    }

    void cleanup()
    {
        m_server.reset();
        m_scratch.reset();
    }

    void theMapperReadsTheVolunteerRowsAndSkipsTheUnreadable()
    {
        core::wire::ChangesPage page;
        page.cursor = QStringLiteral("9");
        page.changes = {
            {1, "volunteer", "TJ-V-000123",
             {{"number", "TJ-V-000123"}, {"name", "欧阳晓明"}, {"givenName", "晓明"}, {"skills", QJsonArray{"braille"}},
              {"hoursTotal", 310.5}, {"stars", 2}, {"availability", QJsonObject{{"mon", QJsonArray{"morning"}}}}},
             false},
            // A server before registration at the kiosk sent no given name: the kiosk's rule gives it.
            {2, "volunteer", "V7", {{"number", "V7"}, {"name", "王芳"}, {"skills", QJsonArray{}}, {"hoursTotal", 0}}, false},
            {3, "volunteer", "V8", {{"number", "V8"}, {"name", "李强"}, {"hoursTotal", "lots"}}, false},
            {4, "registration_status", "reg-1",
             {{"status", "approved"}, {"volunteerNumber", "TJ-V-000123"}, {"changedAt", "2026-12-01T02:03:04.000Z"}}, false},
            {5, "registration_status", "reg-2",
             {{"status", "refused"}, {"reason", "请到服务站面谈"}, {"changedAt", "2026-12-01T02:03:05.000Z"}}, false},
            {6, "registration_status", "reg-3", {{"status", "approved"}, {"changedAt", "2026-12-01T02:03:06.000Z"}}, false},
            {7, "registration_status", "reg-4", {{"status", "pending"}, {"changedAt", "2026-12-01T02:03:06.000Z"}}, false},
            {8, "duty_status", "chk-1", {{"status", "approved"}, {"hours", 2.5}, {"changedAt", "2026-12-01T08:00:00.000Z"}}, false},
            {9, "duty_status", "chk-2",
             {{"status", "refused"}, {"hours", 1}, {"reason", "不在排班内"}, {"changedAt", "2026-12-01T08:00:01.000Z"}}, false},
            {10, "duty_status", "chk-3", {{"status", "approved"}, {"changedAt", "2026-12-01T08:00:02.000Z"}}, false},
            {11, "duty_status", "chk-4", {{"status", "maybe"}, {"hours", 1}}, false},
            {12, "volunteer", "V9", {}, true},
        };
        int skipped = 0;
        const store::ChangeSet set = kiosksync::ChangeMapper::map(page, &skipped);
        QCOMPARE(set.cursor, QStringLiteral("9"));
        QCOMPARE(skipped, 5); // V8's hours, reg-3 without a number, reg-4 pending, chk-3 without hours, chk-4
        QCOMPARE(set.volunteers.size(), 2);
        const store::VolunteerRecord &v = set.volunteers.first();
        QCOMPARE(v.id, QStringLiteral("TJ-V-000123"));
        QCOMPARE(v.number, QStringLiteral("TJ-V-000123"));
        QCOMPARE(v.name, QStringLiteral("欧阳晓明"));
        QCOMPARE(v.givenName, QStringLiteral("晓明"));
        QCOMPARE(v.served.halfHours(), 621);
        QCOMPARE(v.skills, QStringList{"braille"});
        QCOMPARE(set.volunteers.last().givenName, QStringLiteral("芳"));
        QCOMPARE(set.removedVolunteers, QStringList{"V9"});

        QCOMPARE(set.registrationStatuses.size(), 2);
        QCOMPARE(set.registrationStatuses[0].registrationId, QStringLiteral("reg-1"));
        QCOMPARE(set.registrationStatuses[0].state, store::RegistrationState::Approved);
        QCOMPARE(set.registrationStatuses[0].volunteerNumber, QStringLiteral("TJ-V-000123"));
        QCOMPARE(set.registrationStatuses[0].changedAt, QDateTime(QDate(2026, 12, 1), QTime(2, 3, 4), Qt::UTC));
        QCOMPARE(set.registrationStatuses[1].state, store::RegistrationState::Refused);
        QCOMPARE(set.registrationStatuses[1].reason, QStringLiteral("请到服务站面谈"));

        QCOMPARE(set.dutyStatuses.size(), 2);
        QCOMPARE(set.dutyStatuses[0].checkInId, QStringLiteral("chk-1"));
        QVERIFY(set.dutyStatuses[0].approved);
        QCOMPARE(set.dutyStatuses[0].hours.halfHours(), 5);
        QVERIFY(!set.dutyStatuses[1].approved);
        QCOMPARE(set.dutyStatuses[1].reason, QStringLiteral("不在排班内"));
        QCOMPARE(set.dutyStatuses[1].hours.halfHours(), 2);
    }

    void aCardRegisteredAtTheStationIsPendingThenApprovedAndThenFoundOffline()
    {
        QVERIFY(m_server->start());
        // Kiosk A takes the registration; kiosk B, the station's second kiosk (same credential),
        // never hears of it through its own records: only the look-up tells it.
        Kiosk a, b;
        QVERIFY(a.start(m_server->baseUrl()));
        QVERIFY(a.round());
        const auto credential = kiosksync::CredentialFile::read(a.settings({}).credentialPath);
        QVERIFY(credential);
        QVERIFY(kiosksync::CredentialFile::write(b.settings({}).credentialPath, *credential));
        QVERIFY(b.start(m_server->baseUrl()));
        QVERIFY(b.round());

        QCOMPARE(ask(*b.client, kWang).outcome, int(Outcome::NotRegistered));
        recordContractSamples(b, kWang);

        const auto registered = a.keyed().registrations().registerVolunteer(draftFor(kWang));
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().detail));
        QVERIFY(a.round());

        g_kioskLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        const Asked pending = ask(*b.client, kWang);
        qInstallMessageHandler(previous);
        QCOMPARE(pending.outcome, int(Outcome::Pending));
        QVERIFY(pending.number.isEmpty());
        QVERIFY2(pending.ms < 2000, qPrintable(QString::number(pending.ms)));
        recordContractSamples(b, kWang);

        const QString approved = admin({"approve", registered->id});
        static const QRegularExpression numberShape(QStringLiteral("volunteer number (\\S+)"));
        const QString number = numberShape.match(approved).captured(1);
        QVERIFY2(number.startsWith(u"TJ-V-"), qPrintable(approved));
        QVERIFY2(!b.keyed().volunteers().volunteerOfIdNumber(kWang).value().has_value(),
                 "kiosk B cannot know the card yet: the registration was A's");

        // The answer is delivered on the GUI thread, where the page waits for it.
        bool onGuiThread = false;
        connect(b.client.get(), &SyncClient::volunteerLookupFinished, this,
                [&] { onGuiThread = QThread::currentThread() == thread(); });
        QSignalSpy rounds(b.client.get(), &SyncClient::roundFinished);
        qInstallMessageHandler(collect);
        const Asked found = ask(*b.client, kWang);
        qInstallMessageHandler(previous);
        QCOMPARE(found.outcome, int(Outcome::Approved));
        QCOMPARE(found.number, number);
        QVERIFY(onGuiThread);
        recordContractSamples(b, kWang);

        // The store learnt the card before the answer came, and the round the answer started
        // brings the volunteer's row: found by the ID number, also with the server gone.
        QVERIFY(!rounds.isEmpty() || rounds.wait(20000));
        QVERIFY(rounds.last().at(0).toBool());
        m_server->kill();
        const auto byCard = b.keyed().volunteers().volunteerOfIdNumber(kWang);
        QVERIFY(byCard.ok() && byCard->has_value());
        QCOMPARE(byCard->value().number, number);
        QCOMPARE(byCard->value().givenName, QStringLiteral("芳"));
        QCOMPARE(ask(*b.client, kWang).outcome, int(Outcome::Unreachable));

        // Only the key travelled, in the body: not the number in the server's log (paths), not
        // the number or the key in the kiosk's.
        const QString key = b.keyed().keyFor(kWang);
        const QByteArray serverLog = m_server->log();
        QVERIFY(serverLog.contains("/v1/volunteers/lookup"));
        QVERIFY(!serverLog.contains(kWang.toLatin1()) && !serverLog.contains(key.toLatin1()));
        for (const QString &line : g_kioskLog) {
            QVERIFY2(!line.contains(kWang) && !line.contains(u"19491231") && !line.contains(key) && !line.contains(number),
                     qPrintable(line));
        }
        a.stop();
        b.stop();
    }

    void aCardNobodyRegisteredOrARefusedOneIsNotRegistered()
    {
        QVERIFY(m_server->start());
        Kiosk k;
        QVERIFY(k.start(m_server->baseUrl()));
        QVERIFY(k.round());
        QCOMPARE(ask(*k.client, kNobody).outcome, int(Outcome::NotRegistered));
        QVERIFY(!k.keyed().volunteers().volunteerOfIdNumber(kNobody).value().has_value());
        // A number that is no ID number is not asked about, and no one can have registered with it.
        QCOMPARE(ask(*k.client, QStringLiteral("110105194912310021")).outcome, int(Outcome::NotRegistered));

        // Refused by the coordinator: the person may register again.
        const auto registered = k.keyed().registrations().registerVolunteer(draftFor(kNobody));
        QVERIFY(registered.ok());
        QVERIFY(k.round());
        QCOMPARE(ask(*k.client, kNobody).outcome, int(Outcome::Pending));
        QVERIFY(admin({"reject", registered->id, "--reason", "请到服务站面谈"}) != u"(failed)");
        QCOMPARE(ask(*k.client, kNobody).outcome, int(Outcome::NotRegistered));
        k.stop();
    }

    void noAnswerIsUnreachable()
    {
        // Not even started (a kiosk without a server).
        {
            Kiosk k;
            SyncClient client(k.settings({}));
            QCOMPARE(ask(client, kWang).outcome, int(Outcome::Unreachable));
        }
        // Started but not enrolled: nothing is asked.
        {
            Kiosk k;
            SyncClient client(k.settings(QStringLiteral("http://127.0.0.1:9")));
            client.start();
            QCOMPARE(ask(client, kWang).outcome, int(Outcome::Unreachable));
            client.stop();
        }
        // Enrolled with a server that accepts the connection and then says nothing: given up
        // after 2 s, not after the sync rounds' 30 s.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        Kiosk k;
        const SyncSettings s = k.settings(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        QVERIFY(kiosksync::CredentialFile::write(s.credentialPath, {"st1", "token", "cache-key"}));
        SyncClient client(s);
        client.start();
        const Asked a = ask(client, kWang, 4000);
        QCOMPARE(a.outcome, int(Outcome::Unreachable));
        QVERIFY2(a.ms >= 1500 && a.ms <= 3500, qPrintable(QString::number(a.ms)));
        client.stop();
        QVERIFY(!held.isEmpty()); // it really asked
    }
};

KIOSK_STORAGE_TEST_MAIN(SyncVolunteerTest)
#include "tst_sync_volunteer.moc"
