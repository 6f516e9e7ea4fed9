// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/applicationstate.h"
#include "core/certificateprocedure.h"
#include "core/democertificates.h"
#include "core/masking.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QFile>
#include <QSqlRecord>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using core::ApplicationState;
using core::CertificateProcedure;
using Kind = StoreError::Kind;

Q_DECLARE_METATYPE(core::CertificateProcedure)

namespace {
// Wednesday 2 December 2026, 10:00 at the station.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));
const QString kPhone = QStringLiteral("13812345678");

QString holder()
{
    return core::DemoCertificates::find(QStringLiteral("issued_recently"))->idNumber;
}
} // namespace

/// @brief A visitor sends a certificate procedure from the kiosk: it is saved with its outbox
/// entry, the server learns exactly what the visitor chose, and staff's status comes back.
class TestApplications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = kNow;

    int count(const QString &sql) const { return m_db->scalar(sql).value().toInt(); }

    QJsonObject payloadOf(const QString &id) const
    {
        auto q = m_db->scalar(u"SELECT payload FROM outbox WHERE id = ?"_qs, {id});
        return QJsonDocument::fromJson(q.value().toString().toUtf8()).object();
    }

    Submitted submit(CertificateProcedure procedure, const QString &choice, const QString &idNumber = holder())
    {
        auto saved = m_store->applications().submit(idNumber, {procedure, choice, kPhone, {}});
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.error().detail + saved.error().message.english()));
        return saved.ok() ? saved.value() : Submitted{};
    }

    Result<void> applyStatus(const QString &id, ApplicationState state, const QDateTime &at, const QString &reason = {},
                             const core::LocalizedText &pickup = {})
    {
        ChangeSet page;
        page.cursor = u"c-%1"_qs.arg(at.toSecsSinceEpoch());
        page.applicationStatuses.append({id, state, at.toUTC(), reason, pickup});
        return SyncQueue(*m_db).apply(page);
    }

    QDate reportedLostOn(const QString &idNumber) const
    {
        auto found = m_store->certificates().lookupCertificate(idNumber);
        return found.ok() && found.value() ? found.value()->reportedLostOn : QDate();
    }

    bool lossConfirmed(const QString &idNumber) const
    {
        auto found = m_store->certificates().lookupCertificate(idNumber);
        return found.ok() && found.value() && found.value()->lossConfirmed;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_now = kNow;
        m_path = m_dir.filePath(QStringLiteral("applications-%1.db").arg(++n));
        m_db = std::make_unique<Database>(m_path);
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([this] { return m_now; });
        auto installed = DemoData::install(*m_store, kNow.date());
        QVERIFY2(installed.ok(), qPrintable(installed.error().detail));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void eachProcedureIsSavedWithExactlyItsChoice_data()
    {
        QTest::addColumn<CertificateProcedure>("procedure");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("wire");
        using P = CertificateProcedure;
        QTest::newRow("apply, visual") << P::Apply << u"1"_qs << u"category"_qs << QJsonValue(1);
        QTest::newRow("apply, not sure") << P::Apply << QString() << QString() << QJsonValue();
        QTest::newRow("renew, same") << P::Renew << u"no"_qs << u"situationChanged"_qs << QJsonValue(false);
        QTest::newRow("renew, changed") << P::Renew << u"yes"_qs << u"situationChanged"_qs << QJsonValue(true);
        QTest::newRow("replace, lost") << P::Replace << u"lost"_qs << u"reason"_qs << QJsonValue(u"lost"_qs);
        QTest::newRow("replace, damaged") << P::Replace << u"damaged"_qs << u"reason"_qs << QJsonValue(u"damaged"_qs);
        QTest::newRow("transfer, Nankai") << P::Transfer << u"120104"_qs << u"district"_qs << QJsonValue(u"120104"_qs);
        QTest::newRow("transfer, away") << P::Transfer << u"outside_city"_qs << u"district"_qs
                                        << QJsonValue(u"outside_city"_qs);
        QTest::newRow("change, level") << P::Change << u"level"_qs << u"change"_qs << QJsonValue(u"level"_qs);
        QTest::newRow("cancel, died") << P::Cancel << u"holder_died"_qs << u"reason"_qs << QJsonValue(u"holder_died"_qs);
    }

    void eachProcedureIsSavedWithExactlyItsChoice()
    {
        QFETCH(CertificateProcedure, procedure);
        QFETCH(QString, choice);
        QFETCH(QString, field);
        QFETCH(QJsonValue, wire);
        const Submitted saved = submit(procedure, choice);
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(saved.code.size(), 5);

        const QJsonObject payload = payloadOf(saved.id);
        QStringList expected{u"id"_qs, u"createdAt"_qs, u"procedure"_qs, u"visitorKey"_qs, u"idNumberMasked"_qs,
                             u"phone"_qs, u"code"_qs};
        if (!field.isEmpty())
            expected.append(field);
        QStringList keys = payload.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(payload.value(u"id").toString(), saved.id);
        QCOMPARE(payload.value(u"procedure").toString(), core::CertificateProcedures::key(procedure));
        QCOMPARE(payload.value(u"visitorKey").toString(), m_store->keyFor(holder()));
        QCOMPARE(payload.value(u"idNumberMasked").toString(), core::maskIdNumber(holder()));
        QCOMPARE(payload.value(u"phone").toString(), kPhone);
        QCOMPARE(payload.value(u"code").toString(), saved.code);
        if (!field.isEmpty())
            QCOMPARE(payload.value(field), wire);
        QCOMPARE(m_db->scalar(u"SELECT kind FROM outbox WHERE id = ?"_qs, {saved.id}).value().toString(),
                 u"certificate_application"_qs);

        const auto mine = m_store->applications().applicationsOf(holder());
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), 1);
        const ApplicationRecord &r = mine.value().first();
        QCOMPARE(r.id, saved.id);
        QCOMPARE(r.procedure, procedure);
        QCOMPARE(r.choice, choice);
        QCOMPARE(r.code, saved.code);
        QCOMPARE(r.state, ApplicationState::Submitted);
        QCOMPARE(r.stateSince, kNow.date());
        QCOMPARE(r.createdAt, kNow.toUTC());
    }

    void aChoiceTheProcedureDoesNotHaveIsRefused_data()
    {
        QTest::addColumn<CertificateProcedure>("procedure");
        QTest::addColumn<QString>("choice");
        using P = CertificateProcedure;
        QTest::newRow("apply, category 8") << P::Apply << u"8"_qs;
        QTest::newRow("renew, no answer") << P::Renew << QString();
        QTest::newRow("replace, stolen") << P::Replace << u"stolen"_qs;
        QTest::newRow("replace with a cancel reason") << P::Replace << u"holder_died"_qs;
        QTest::newRow("transfer, Beijing") << P::Transfer << u"110101"_qs;
        QTest::newRow("change, no answer") << P::Change << QString();
        QTest::newRow("cancel with a replace reason") << P::Cancel << u"lost"_qs;
    }

    void aChoiceTheProcedureDoesNotHaveIsRefused()
    {
        QFETCH(CertificateProcedure, procedure);
        QFETCH(QString, choice);
        const int outboxBefore = count(u"SELECT COUNT(*) FROM outbox"_qs);
        auto saved = m_store->applications().submit(holder(), {procedure, choice, kPhone, {}});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Kind::Invalid);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox"_qs), outboxBefore);
    }

    void aBadPhoneOrIdNumberIsRefused()
    {
        auto badPhone = m_store->applications().submit(holder(), {CertificateProcedure::Renew, u"no"_qs, u"1234"_qs, {}});
        QVERIFY(!badPhone.ok());
        QCOMPARE(badPhone.error().kind, Kind::Invalid);
        auto badId = m_store->applications().submit(u"120101195607041558"_qs, {CertificateProcedure::Renew, u"no"_qs, kPhone, {}});
        QVERIFY(!badId.ok());
        QCOMPARE(badId.error().kind, Kind::Invalid);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_qs), 0);
    }

    void thePhoneIsOnlyInTheOutboxAndGoesWithIt()
    {
        const QString phone = u"15987654321"_qs;
        auto saved = m_store->applications().submit(holder(), {CertificateProcedure::Transfer, u"120104"_qs, phone, {}});
        QVERIFY(saved.ok());
        // The row itself never holds it.
        auto row = m_db->exec(u"SELECT * FROM certificate_applications WHERE id = ?"_qs, {saved.value().id});
        QVERIFY(row.ok());
        QVERIFY(row.value().next());
        for (int c = 0; c < row.value().record().count(); ++c)
            QVERIFY2(!row.value().value(c).toString().contains(phone), qPrintable(row.value().record().fieldName(c)));
        row.value().finish();
        QCOMPARE(payloadOf(saved.value().id).value(u"phone").toString(), phone);

        // Delivered: the payload goes, and with it the phone, from the file and its log.
        QVERIFY(SyncQueue(*m_db).acknowledge({saved.value().id}).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE kind = 'certificate_application'"_qs), 0);
        m_store.reset();
        m_db->close();
        m_db.reset();
        QByteArray bytes;
        for (const QString &path : {m_path, m_path + u"-wal"_qs}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes.contains(saved.value().code.toLatin1()), "control: the scan sees the application's row");
        QVERIFY(!bytes.contains(phone.toLatin1()));
    }

    void aReportOfLossMarksTheCardAtOnce()
    {
        const QString other = core::DemoCertificates::find(u"issued"_qs)->idNumber;
        QVERIFY(!reportedLostOn(holder()).isValid());
        QVERIFY(!submit(CertificateProcedure::Replace, u"damaged"_qs, other).id.isEmpty());
        QVERIFY(!reportedLostOn(other).isValid());

        const Submitted lost = submit(CertificateProcedure::Replace, u"lost"_qs);
        QVERIFY(!lost.id.isEmpty());
        QCOMPARE(reportedLostOn(holder()), kNow.date());
        // Only this kiosk's mark so far: not yet confirmed by the office.
        QVERIFY(!lossConfirmed(holder()));

        // A feed page with the server's row from before the report keeps the kiosk's mark
        // while the report is still on its way...
        auto cached = m_store->certificates().lookupCertificate(holder()).value().value();
        cached.reportedLostOn = QDate();
        ChangeSet page;
        page.certificates.append(cached);
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
        QCOMPARE(reportedLostOn(holder()), kNow.date());
        QVERIFY(!lossConfirmed(holder()));
        // ...and the server's word counts once it has it: its row with the mark confirms it.
        QVERIFY(SyncQueue(*m_db).acknowledge({lost.id}).ok());
        cached.reportedLostOn = kNow.date().addDays(-1);
        page.certificates = {cached};
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
        QCOMPARE(reportedLostOn(holder()), kNow.date().addDays(-1));
        QVERIFY(lossConfirmed(holder()));
        // Kept in the file: a new store on the same file reads it confirmed.
        QCOMPARE(m_db->scalar(u"SELECT loss_confirmed FROM certificates WHERE reported_lost_on IS NOT NULL"_qs).value().toInt(), 1);
        cached.reportedLostOn = QDate();
        page.certificates = {cached};
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
        QVERIFY(!reportedLostOn(holder()).isValid());
        QVERIFY(!lossConfirmed(holder()));
    }

    void staffStatusesComeBackThroughTheFeed()
    {
        const Submitted renew = submit(CertificateProcedure::Renew, u"no"_qs);
        m_now = kNow.addSecs(60);
        const Submitted transfer = submit(CertificateProcedure::Transfer, u"120104"_qs);
        const QDateTime accepted(QDate(2026, 12, 3), QTime(9, 15));
        QVERIFY(applyStatus(renew.id, ApplicationState::Accepted, accepted).ok());

        auto mine = m_store->applications().applicationsOf(holder()).value();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].id, transfer.id); // newest first
        QCOMPARE(mine[0].state, ApplicationState::Submitted);
        QCOMPARE(mine[1].state, ApplicationState::Accepted);
        QCOMPARE(mine[1].stateSince, accepted.date());

        const core::LocalizedText pickup{u"和平区残联一楼服务大厅"_qs, u"Heping federation, ground-floor hall"_qs};
        QVERIFY(applyStatus(renew.id, ApplicationState::Done, accepted.addDays(7), {}, pickup).ok());
        QVERIFY(applyStatus(transfer.id, ApplicationState::Refused, accepted.addDays(1),
                            u"Your household register still shows Heping District."_qs).ok());
        mine = m_store->applications().applicationsOf(holder()).value();
        QCOMPARE(mine[1].state, ApplicationState::Done);
        QCOMPARE(mine[1].pickupPlace, pickup);
        QCOMPARE(mine[1].stateSince, accepted.date().addDays(7));
        QCOMPARE(mine[0].state, ApplicationState::Refused);
        QCOMPARE(mine[0].reason, u"Your household register still shows Heping District."_qs);

        // Another visitor sees none of them.
        const QString other = core::DemoCertificates::find(u"issued"_qs)->idNumber;
        QCOMPARE(m_store->applications().applicationsOf(other).value().size(), 0);
    }

    void aReplayedStatusDoesNotMoveAnApplicationBack()
    {
        const Submitted renew = submit(CertificateProcedure::Renew, u"no"_qs);
        const QDateTime accepted(QDate(2026, 12, 3), QTime(9, 15));
        QVERIFY(applyStatus(renew.id, ApplicationState::Accepted, accepted).ok());
        QVERIFY(applyStatus(renew.id, ApplicationState::Done, accepted.addDays(7)).ok());
        // A page read again after a crash before its cursor was saved: accepted arrives again.
        QVERIFY(applyStatus(renew.id, ApplicationState::Accepted, accepted).ok());
        auto mine = m_store->applications().applicationsOf(holder()).value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].state, ApplicationState::Done);
        QCOMPARE(mine[0].stateSince, accepted.date().addDays(7)); // the purge clock is not restarted
        // The server's later word still counts, even where the lifecycle has no such move.
        QVERIFY(applyStatus(renew.id, ApplicationState::Refused, accepted.addDays(8), u"Sent twice."_qs).ok());
        mine = m_store->applications().applicationsOf(holder()).value();
        QCOMPARE(mine[0].state, ApplicationState::Refused);
        QCOMPARE(mine[0].reason, u"Sent twice."_qs);
    }

    void finishedApplicationsGoAfterNinetyDays()
    {
        const Submitted oldDone = submit(CertificateProcedure::Renew, u"no"_qs);
        const Submitted recentRefused = submit(CertificateProcedure::Change, u"level"_qs);
        const Submitted stillOpen = submit(CertificateProcedure::Transfer, u"120104"_qs);
        const Submitted undelivered = submit(CertificateProcedure::Replace, u"damaged"_qs);
        QVERIFY(SyncQueue(*m_db).acknowledge({oldDone.id, recentRefused.id, stillOpen.id}).ok());
        const QDateTime later = kNow.addDays(200);
        QVERIFY(applyStatus(oldDone.id, ApplicationState::Done, later.addDays(-91)).ok());
        QVERIFY(applyStatus(recentRefused.id, ApplicationState::Refused, later.addDays(-89), u"Staff could not reach you."_qs).ok());
        QVERIFY(applyStatus(stillOpen.id, ApplicationState::Accepted, later.addDays(-150)).ok());
        QVERIFY(applyStatus(undelivered.id, ApplicationState::Done, later.addDays(-150)).ok());

        QVERIFY(SyncQueue(*m_db).purgeDelivered(later.addDays(-30), later).ok());
        QStringList left;
        for (const ApplicationRecord &r : m_store->applications().applicationsOf(holder()).value())
            left.append(r.id);
        left.sort();
        QStringList expected{recentRefused.id, stillOpen.id, undelivered.id};
        expected.sort();
        QCOMPARE(left, expected);
    }
};

QTEST_GUILESS_MAIN(TestApplications)
#include "tst_applications.moc"
