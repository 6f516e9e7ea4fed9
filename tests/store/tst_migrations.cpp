// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/database.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using store::Database;
using store::Migrations;

/// @brief A kiosk updated in the field opens its old store file and keeps every record.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_n)); }

    static bool tableExists(Database &db, const QString &name)
    {
        auto found = db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"), {name});
        return found.ok() && found.value().isValid();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fromEmpty()
    {
        Database db(freshPath());
        auto opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        QCOMPARE(db.schemaVersion(), Migrations::latest());
        QCOMPARE(db.scalar(u"PRAGMA journal_mode"_qs).value().toString(), u"wal"_qs);
        QCOMPARE(db.scalar(u"PRAGMA synchronous"_qs).value().toInt(), 2); // FULL
        QCOMPARE(db.scalar(u"PRAGMA foreign_keys"_qs).value().toInt(), 1);
        for (const char *table : {"settings", "certificates", "services", "slots", "appointments", "outbox", "sync_state",
                                  "volunteers", "assignments", "volunteer_checks", "help_requests", "ratings",
                                  "help_calls", "assessment_requests", "certificate_applications"}) {
            QVERIFY2(tableExists(db, QString::fromLatin1(table)), table);
        }
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_qs).value().toString(), u"ok"_qs);
    }

    void reopenChangesNothing()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.exec(u"INSERT INTO help_calls(id, reason, created_at) VALUES('a', 'r', 't')"_qs).ok());
        }
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion(), Migrations::latest());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM help_calls"_qs).value().toInt(), 1);
    }

    void fromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Migrations::latest(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void fromEachEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.open(false).ok());
            auto reached = Migrations::apply(db, version);
            QVERIFY(reached.ok());
            QCOMPARE(reached.value(), version);
            QCOMPARE(db.schemaVersion(), version);
            // Records an older kiosk would have written.
            if (version >= 1) {
                QVERIFY(db.exec(u"INSERT INTO services(id, category, name_zh, name_en) VALUES('s1', 'legal', '法律', 'Legal')"_qs).ok());
                QVERIFY(db.exec(u"INSERT INTO outbox(id, kind, payload, created_at) VALUES('o1', 'booking', '{}', 't')"_qs).ok());
                QVERIFY(db.exec(u"UPDATE sync_state SET cursor = 'c42'"_qs).ok());
                QVERIFY(db.exec(u"INSERT INTO certificates(id_hash, masked_id, category, level, state, state_since, "
                                "issued_on, valid_until, updated_at) VALUES('h-old', '120101********0016', 4, 2, 'issued', "
                                "'2020-05-01', '2020-05-01', '2030-04-30', 't')"_qs).ok());
                QVERIFY(db.exec(u"INSERT INTO appointments(id, service_id, starts_at, id_hash, queue_number, code, created_at) "
                                "VALUES('a1', 's1', '2030-01-02T09:00:00', 'k', 1, 'FGHJK', 't')"_qs).ok());
            }
            if (version >= 2) {
                QVERIFY(db.exec(u"INSERT INTO help_requests(id, help_type, code, created_at) VALUES('h1', 'home_visit', 'ABCDE', 't')"_qs).ok());
                // A volunteer checked in and out in the morning, and in again after lunch.
                QVERIFY(db.exec(u"INSERT INTO volunteers(id, volunteer_number, name) VALUES('v1', 'V1', '王芳')"_qs).ok());
                QVERIFY(db.exec(u"INSERT INTO volunteer_checks(id, volunteer_id, direction, at) VALUES"
                                "('c1', 'v1', 'in', '2030-01-02T09:00:00'), ('c2', 'v1', 'out', '2030-01-02T11:00:00'), "
                                "('c3', 'v1', 'in', '2030-01-02T14:00:00')"_qs).ok());
                // From version 7 the kiosk itself closes a check-in with its check-out.
                if (version >= 7) {
                    QVERIFY(db.exec(u"UPDATE volunteer_checks SET closed_by = 'volunteer' WHERE id = 'c1'"_qs).ok());
                    QVERIFY(db.exec(u"UPDATE volunteer_checks SET check_in_id = 'c1' WHERE id = 'c2'"_qs).ok());
                }
            }
        }
        Database db(path);
        auto opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        QCOMPARE(db.schemaVersion(), Migrations::latest());
        if (version >= 1) {
            QCOMPARE(db.scalar(u"SELECT name_en FROM services WHERE id = 's1'"_qs).value().toString(), u"Legal"_qs);
            QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM outbox"_qs).value().toInt(), 1);
            QCOMPARE(db.scalar(u"SELECT cursor FROM sync_state"_qs).value().toString(), u"c42"_qs);
            // A booking an older kiosk made was never held on the server: provisional.
            QCOMPARE(db.scalar(u"SELECT state FROM appointments WHERE id = 'a1'"_qs).value().toString(), u"provisional"_qs);
        }
        // The newest tables work through the store.
        store::Store st(db, "secret");
        if (version >= 2) {
            QCOMPARE(db.scalar(u"SELECT code FROM help_requests WHERE id = 'h1'"_qs).value().toString(), u"ABCDE"_qs);
            // The morning's check-in was closed by its check-out; the afternoon's is still open.
            const auto open = st.volunteers().checkedInNow();
            QVERIFY(open.ok());
            QCOMPARE(open.value().size(), 1);
            QCOMPARE(open.value().first().checkInId, u"c3"_qs);
            QCOMPARE(open.value().first().givenName, u"芳"_qs);
        }
        auto saved = st.requests().requestFeeWaiver(u"110101199003071233", u"13812345678"_qs);
        QVERIFY2(saved.ok(), qPrintable(saved.error().detail));
        if (version >= 1) {
            // A certificate cached before version 8 reads as not reported lost.
            QVERIFY(db.scalar(u"SELECT reported_lost_on FROM certificates WHERE id_hash = 'h-old'"_qs).value().isNull());
            QCOMPARE(db.scalar(u"SELECT valid_until FROM certificates WHERE id_hash = 'h-old'"_qs).value().toString(),
                     u"2030-04-30"_qs);
        }
        if (version >= 1) {
            // A feed row without a mark, applied to the migrated file, leaves the card unmarked
            // (the upsert's undelivered-report check runs against the migrated tables).
            store::CertificateRecord row;
            row.idHash = u"h-old"_qs;
            row.maskedId = u"120101********0016"_qs;
            row.state = core::CertificateState::Issued;
            row.stateSince = QDate(2020, 5, 1);
            row.issuedOn = QDate(2020, 5, 1);
            row.validUntil = QDate(2030, 4, 30);
            store::ChangeSet page;
            page.certificates.append(row);
            auto applied = store::SyncQueue(db).apply(page);
            QVERIFY2(applied.ok(), qPrintable(applied.error().detail));
            QVERIFY(db.scalar(u"SELECT reported_lost_on FROM certificates WHERE id_hash = 'h-old'"_qs).value().isNull());
            QCOMPARE(db.scalar(u"SELECT loss_confirmed FROM certificates WHERE id_hash = 'h-old'"_qs).value().toInt(), 0);
        }
        // Version 8: a certificate procedure can be sent, and reads back with its status.
        auto sent = st.applications().submit(u"110101199003071233"_qs,
                                             {core::CertificateProcedure::Replace, u"lost"_qs, u"13812345678"_qs, {}});
        QVERIFY2(sent.ok(), qPrintable(sent.error().detail));
        const auto applications = st.applications().applicationsOf(u"110101199003071233"_qs);
        QVERIFY(applications.ok());
        QCOMPARE(applications.value().size(), 1);
        QCOMPARE(applications.value().first().state, core::ApplicationState::Submitted);
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_qs).value().toString(), u"ok"_qs);
    }

    void version9TellsTheServersMarkFromTheKiosksOwn()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.open(false).ok());
            QVERIFY(Migrations::apply(db, 8).ok());
            // One card marked lost by the server's row; one this kiosk marked with its own report.
            for (const char *hash : {"h-server", "h-kiosk"}) {
                QVERIFY(db.exec(u"INSERT INTO certificates(id_hash, masked_id, category, level, state, state_since, "
                                "issued_on, valid_until, updated_at, reported_lost_on) VALUES(?, '120101********0016', 4, 2, "
                                "'issued', '2020-05-01', '2020-05-01', '2030-04-30', 't', '2026-11-30')"_qs,
                                {QString::fromLatin1(hash)}).ok());
            }
            QVERIFY(db.exec(u"INSERT INTO certificate_applications(id, id_hash, procedure, choice, code, created_at) "
                            "VALUES('a1', 'h-kiosk', 'replace', 'lost', 'ABCD', '2026-11-30T08:00:00.000Z')"_qs).ok());
        }
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion(), Migrations::latest());
        QCOMPARE(db.scalar(u"SELECT loss_confirmed FROM certificates WHERE id_hash = 'h-server'"_qs).value().toInt(), 1);
        QCOMPARE(db.scalar(u"SELECT loss_confirmed FROM certificates WHERE id_hash = 'h-kiosk'"_qs).value().toInt(), 0);
        QCOMPARE(db.scalar(u"SELECT reported_lost_on FROM certificates WHERE id_hash = 'h-kiosk'"_qs).value().toString(),
                 u"2026-11-30"_qs);
    }

    void failedStepLeavesTheWholeOldVersion()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.open(false).ok());
            QVERIFY(Migrations::apply(db, 2).ok());
            // Something already holds a name that step 3 creates after its first statements.
            QVERIFY(db.exec(u"CREATE INDEX appointments_by_slot ON appointments(code)"_qs).ok());
        }
        Database db(path);
        auto opened = db.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, store::StoreError::Kind::Storage);
        QVERIFY(opened.error().detail.contains(u"migration 3"));
        QVERIFY(!opened.error().message.in(u"en").isEmpty());
        QCOMPARE(db.schemaVersion(), 2);
        // Step 3's first statements were rolled back with it.
        QVERIFY(!tableExists(db, u"assessment_requests"_qs));
        QVERIFY(!tableExists(db, u"outbox_parked"_qs));
    }

    void refusesAFileFromANewerKiosk()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.exec(u"PRAGMA user_version = 99"_qs).ok());
        }
        Database db(path);
        auto opened = db.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, store::StoreError::Kind::TooNew);
        QCOMPARE(db.schemaVersion(), 99);
    }

    void unopenableFileIsAnError()
    {
        Database db(m_dir.filePath(u"no/such/folder/store.db"_qs));
        auto opened = db.open();
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().message.in(u"zh").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
