// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate applications end to end over real HTTP on loopback: a real kiosk-server process
// (SQLite, or PostgreSQL with KIOSK_TEST_ENGINE=postgresql) and a kiosk with its own store
// file and sync client. Certificates imported for the station reach the kiosk; the holder
// reports the card lost at the kiosk, which marks it at once; once pushed, the server has the
// card reported lost and staff's queue (`admin applications`) lists it; staff accept it, then
// finish it with the place to collect the new card, and after each sync the kiosk's
// `applicationsOf` shows the new state. A renewal refused comes back with staff's reason. The
// phone leaves the kiosk's file once delivered, and never an ID number reaches the queue.
#include "serverprocess.h"
#include "testdatabase.h"
#include "testkiosk.h"

#include "kiosk/store/applicationdraft.h"
#include "kiosk/store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Made-up numbers with valid check digits: nobody real.
const QString kHolder = QStringLiteral("120101198001010012");
const QString kRenewer = QStringLiteral("120101197505050013");
const QString kPhone = QStringLiteral("13812345678");
} // namespace

struct Kiosk : TestKiosk
{
    /// Whether the store file (and its write-ahead log) holds `text` anywhere, deleted pages too.
    bool fileHolds(const QByteArray &text) const
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(storePath() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text))
                return true;
        }
        return false;
    }
};

class CertificateEndToEndTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Kiosk> m_kiosk;
    QTemporaryDir m_files;

    QString admin(const QStringList &args)
    {
        QString out;
        const int status = m_server->admin(args, &out);
        if (status != 0)
            qWarning("admin %s: %d: %s", qPrintable(args.value(0)), status, qPrintable(out));
        return status == 0 ? out : QStringLiteral("(failed)");
    }
    QJsonObject queued(const QString &id)
    {
        // The output carries the server's log lines too (stderr): the array is the JSON part.
        const QString out = admin({"applications", "--status", "all", "--json"});
        const QString json = out.mid(out.indexOf(u'['), out.lastIndexOf(u']') - out.indexOf(u'[') + 1);
        const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
        for (const QJsonValue &v : list) {
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        }
        return {};
    }
    std::optional<store::ApplicationRecord> applicationOf(const QString &idNumber, const QString &id)
    {
        const auto list = m_kiosk->keyed().applications().applicationsOf(idNumber);
        if (!list.ok())
            return std::nullopt;
        for (const store::ApplicationRecord &r : list.value()) {
            if (r.id == id)
                return r;
        }
        return std::nullopt;
    }
    QString submit(const QString &idNumber, core::CertificateProcedure procedure, const QString &choice)
    {
        store::ApplicationDraft draft;
        draft.procedure = procedure;
        draft.choice = choice;
        draft.phone = QStringLiteral("138 1234 5678");
        const auto sent = m_kiosk->keyed().applications().submit(idNumber, draft);
        if (!sent.ok()) {
            qWarning("application refused: %s", qPrintable(sent.error().message.english()));
            return {};
        }
        return sent->id;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QVERIFY(admin({"station-create", "--station-id", "st1", "--name", "Heping station", "--district", "Heping",
                       "--enrollment-code", "CODE-ONE"}) != u"(failed)");
        // The federation's import: two residents of the station with issued cards.
        QFile csv(m_files.filePath("certs.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id_number,holder_name,category,level,status,valid_until,station_id,state_since,issued_on\n");
        csv.write((kHolder + ",张三,4,2,issued,2033-06-30,st1,2023-06-30,2023-06-30\n").toUtf8());
        csv.write((kRenewer + ",李四,1,3,issued,2027-01-31,st1,2017-01-31,2017-01-31\n").toUtf8());
        csv.close();
        QVERIFY(admin({"import-certificates", "--file", csv.fileName()}).contains("imported 2 rows"));
        QVERIFY(m_server->start());
        m_kiosk = std::make_unique<Kiosk>();
        QVERIFY(m_kiosk->start(m_server->baseUrl()));
        QVERIFY(m_kiosk->round());
        QVERIFY(m_kiosk->round()); // the certificates, under this station's keys
    }

    void cleanup()
    {
        if (m_kiosk)
            m_kiosk->stop();
        m_kiosk.reset();
        m_server.reset();
        m_scratch.reset();
    }

    void aCardReportedLostIsMarkedThenAcceptedThenDone()
    {
        store::Store &kiosk = m_kiosk->keyed();
        const auto cached = kiosk.certificates().lookupCertificate(kHolder);
        QVERIFY2(cached.ok() && cached->has_value(), "the imported certificate reached the kiosk");
        QVERIFY(!cached->value().reportedLostOn.isValid());

        const QString id = submit(kHolder, core::CertificateProcedure::Replace, QStringLiteral("lost"));
        QVERIFY(!id.isEmpty());
        // Marked on the kiosk at once, before any sync.
        const QDate today = QDate::currentDate();
        QCOMPARE(kiosk.certificates().lookupCertificate(kHolder)->value().reportedLostOn, today);
        // ...but only by this kiosk: the office has not confirmed it yet.
        QVERIFY(!kiosk.certificates().lookupCertificate(kHolder)->value().lossConfirmed);
        QVERIFY(m_kiosk->fileHolds(kPhone.toLatin1())); // waiting in the outbox
        QVERIFY(m_kiosk->round());
        QCOMPARE(m_kiosk->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

        // The server has the card reported lost, and staff's queue shows it with the phone.
        const QJsonObject row = queued(id);
        QCOMPARE(row.value("procedure").toString(), QStringLiteral("replace"));
        QCOMPARE(row.value("choice").toString(), QStringLiteral("lost"));
        QCOMPARE(row.value("status").toString(), QStringLiteral("submitted"));
        QCOMPARE(row.value("certificateFound").toBool(), true);
        QCOMPARE(row.value("reportedLostOn").toString(), today.toString(Qt::ISODate));
        QCOMPARE(row.value("phone").toString(), kPhone);
        QCOMPARE(row.value("idNumberMasked").toString(), QStringLiteral("120101********0012"));
        const QString text = admin({"applications", "--station", "st1"});
        QVERIFY2(text.contains(id) && text.contains("replace (lost)") && text.contains("reported lost"), qPrintable(text));
        QVERIFY(!text.contains(kHolder));

        // The server's own row of the card comes back marked too.
        QVERIFY(m_kiosk->round());
        QCOMPARE(kiosk.certificates().lookupCertificate(kHolder)->value().reportedLostOn, today);
        QVERIFY(kiosk.certificates().lookupCertificate(kHolder)->value().lossConfirmed);

        QVERIFY(admin({"set-status", "--application", id, "--status", "accepted"}) != u"(failed)");
        QVERIFY(m_kiosk->round());
        auto mine = applicationOf(kHolder, id);
        QVERIFY(mine);
        QCOMPARE(mine->state, core::ApplicationState::Accepted);

        QVERIFY(admin({"set-status", "--application", id, "--status", "done", "--pickup-zh", "和平区残联服务大厅 1 号窗口",
                       "--pickup-en", "Heping District Federation, hall window 1"})
                != u"(failed)");
        QVERIFY(m_kiosk->round());
        mine = applicationOf(kHolder, id);
        QVERIFY(mine);
        QCOMPARE(mine->state, core::ApplicationState::Done);
        QCOMPARE(mine->pickupPlace.in(u"zh"), QStringLiteral("和平区残联服务大厅 1 号窗口"));
        QCOMPARE(mine->pickupPlace.in(u"en"), QStringLiteral("Heping District Federation, hall window 1"));
        // Done: the server keeps no phone, and the kiosk's file never kept one after delivery.
        QCOMPARE(queued(id).value("phone").toString(), QString());
        QVERIFY(!m_kiosk->fileHolds(kPhone.toLatin1()));
    }

    void aRefusedRenewalComesBackWithStaffsReason()
    {
        const QString id = submit(kRenewer, core::CertificateProcedure::Renew, QStringLiteral("no"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_kiosk->round());
        QCOMPARE(queued(id).value("choice").toString(), QStringLiteral("no"));
        // Not a report of loss: the card is not marked.
        QCOMPARE(queued(id).value("reportedLostOn").isNull(), true);
        const QString reason = QStringLiteral("请本人带旧证和户口本到区残联服务大厅换领");
        QVERIFY(admin({"set-status", "--application", id, "--status", "refused", "--reason", reason}) != u"(failed)");
        QVERIFY(m_kiosk->round());
        const auto mine = applicationOf(kRenewer, id);
        QVERIFY(mine);
        QCOMPARE(mine->state, core::ApplicationState::Refused);
        QCOMPARE(mine->reason, reason);
        QVERIFY(!m_kiosk->keyed().certificates().lookupCertificate(kRenewer)->value().reportedLostOn.isValid());
    }
};

KIOSK_STORAGE_TEST_MAIN(CertificateEndToEndTest)
#include "tst_certificate_e2e.moc"
