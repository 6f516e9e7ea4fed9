// SPDX-License-Identifier: GPL-3.0-or-later
// Poison items (issue 16, item 1), on SQLite and on PostgreSQL (KIOSK_TEST_ENGINE=postgresql):
// an item whose text the database cannot keep (U+0000, a lone UTF-16 surrogate, an over-long
// string) or whose data the database refuses is rejected alone, with a reason the kiosk parks
// it with; the other items of its batch are stored and readable, and a retry of the same batch
// gets the same answers. Only a failure of the storage itself answers for the whole batch.
// The batches are raw JSON bytes, parsed as the push route parses them, so "\u0000" and
// "\ud800" arrive exactly as a kiosk (or an attacker) would send them.
#include "testdatabase.h"

#include "core/wire/pushbatch.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/stationregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;
using core::wire::PushResult;

namespace {

constexpr auto station = "station-a";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// One item as JSON text: `createdAt` and `payload` are spliced in raw, so they may hold escapes
/// that QJsonObject would never produce.
QByteArray itemJson(const QString &id, const QByteArray &kind, const QByteArray &createdAt, const QByteArray &payload)
{
    return "{\"id\":\"" + id.toLatin1() + "\",\"kind\":\"" + kind + "\",\"createdAt\":\"" + createdAt
         + "\",\"payload\":" + payload + "}";
}

QByteArray helpCall(const QString &id, const QByteArray &payload = "{\"reason\":\"lost\"}")
{
    return itemJson(id, "help_call", "2026-07-06T09:00:00+08:00", payload);
}

core::wire::PushBatch parse(const QList<QByteArray> &items)
{
    const QByteArray body = "{\"items\":[" + items.join(',') + "]}";
    core::wire::FieldProblem problem;
    const auto batch = core::wire::PushBatch::fromJson(body, &problem);
    if (!batch)
        qFatal("the test's batch does not parse: %s %s", qPrintable(problem.field), qPrintable(problem.message));
    return *batch;
}

} // namespace

class PoisonItemTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;

    qint64 records()
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM records")).toLongLong();
    }
    bool readable(const QString &id)
    {
        return RecordStore(*m_db).record(QString::fromLatin1(station), id).has_value();
    }
    /// Pushes and checks that the batch was answered (not "storage unavailable").
    QList<PushResult> push(const core::wire::PushBatch &batch)
    {
        const auto results = RecordStore(*m_db).push(QString::fromLatin1(station), batch);
        if (!results)
            return {};
        return *results;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        QString error;
        m_db = Database::open(m_scratch->url(), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(m_db->migrate(&error), qPrintable(error));
        QString problem;
        QVERIFY2(StationRegistry(*m_db).create(QString::fromLatin1(station), QStringLiteral("A"), {}, &problem),
                 qPrintable(problem));
    }

    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
    }

    void eachPoisonItemIsRejectedAloneWithAReason_data()
    {
        QTest::addColumn<QByteArray>("poison");
        QTest::addColumn<QString>("reasonSays");
        const QString id = newId();
        QTest::newRow("U+0000 in createdAt")
            << itemJson(id, "help_call", "2026-07-06T09:00:00\\u0000+08:00", "{\"reason\":\"lost\"}")
            << QStringLiteral("createdAt: holds a NUL character");
        QTest::newRow("U+0000 in a payload string")
            << helpCall(id, "{\"reason\":\"lo\\u0000st\"}") << QStringLiteral("payload.reason: holds a NUL character");
        QTest::newRow("U+0000 in the visitor key (stored in its own column)")
            << itemJson(id, "volunteer_request", "2026-07-06T09:00:00+08:00",
                        "{\"helpType\":\"accompany_to_hospital\",\"visitorKey\":\"abc\\u0000def\"}")
            << QStringLiteral("payload.visitorKey: holds a NUL character");
        QTest::newRow("U+0000 in a payload key")
            << helpCall(id, "{\"rea\\u0000son\":\"lost\"}") << QStringLiteral("payload: a field name holds a NUL character");
        QTest::newRow("lone high surrogate")
            << helpCall(id, "{\"reason\":\"x\\ud800y\"}")
            << QStringLiteral("payload.reason: holds half of a UTF-16 surrogate pair");
        QTest::newRow("lone low surrogate deep inside")
            << helpCall(id, "{\"notes\":[{\"text\":\"ok\"},{\"text\":\"\\udc00\"}]}")
            << QStringLiteral("payload.notes[1].text: holds half of a UTF-16 surrogate pair");
        QTest::newRow("over-long payload string")
            << helpCall(id, "{\"reason\":\"" + QByteArray(5000, 'x') + "\"}")
            << QStringLiteral("payload.reason: 5000 characters, at most 4000 are allowed");
        QTest::newRow("over-long createdAt")
            << itemJson(id, "help_call", QByteArray(100, '2'), "{\"reason\":\"lost\"}")
            << QStringLiteral("createdAt: 100 characters, at most 64 are allowed");
        QTest::newRow("U+0000 in kind")
            << itemJson(id, "help\\u0000call", "2026-07-06T09:00:00+08:00", "{\"reason\":\"lost\"}")
            << QStringLiteral("kind: holds a NUL character");
    }

    void eachPoisonItemIsRejectedAloneWithAReason()
    {
        QFETCH(QByteArray, poison);
        QFETCH(QString, reasonSays);
        const QString before = newId();
        const QString after = newId();
        const core::wire::PushBatch batch = parse({helpCall(before), poison, helpCall(after)});
        const QString poisonId = batch.items.at(1).id;

        const QList<PushResult> results = push(batch);
        QCOMPARE(results.size(), 3); // answered, not "storage unavailable"
        QCOMPARE(results.at(0).outcome, PushResult::Outcome::Accepted);
        QCOMPARE(results.at(1).id, poisonId);
        QCOMPARE(results.at(1).outcome, PushResult::Outcome::Rejected);
        QVERIFY2(results.at(1).reason.startsWith(reasonSays), qPrintable(results.at(1).reason));
        QCOMPARE(results.at(2).outcome, PushResult::Outcome::Accepted);
        // The reason is plain text the kiosk can keep: nothing of the bad value is quoted.
        QVERIFY(!results.at(1).reason.contains(QChar(0)));
        QVERIFY(!results.at(1).reason.contains(QStringLiteral("lost")));
        QVERIFY(readable(before));
        QVERIFY(readable(after));
        QVERIFY(!readable(poisonId));
        QCOMPARE(records(), 2);

        // The kiosk sends the batch again (its answer was lost): the same answers, nothing new.
        const QList<PushResult> again = push(batch);
        QCOMPARE(again.size(), 3);
        QCOMPARE(again.at(0).outcome, PushResult::Outcome::Duplicate);
        QCOMPARE(again.at(1).outcome, PushResult::Outcome::Rejected);
        QCOMPARE(again.at(1).reason, results.at(1).reason);
        QCOMPARE(again.at(2).outcome, PushResult::Outcome::Duplicate);
        QCOMPARE(records(), 2);
    }

    void textAtTheLimitsIsStoredAsSent()
    {
        // The longest allowed string, a surrogate pair (an emoji) and a newline are fine text.
        const QString id = newId();
        const QByteArray payload = "{\"reason\":\"" + QByteArray(4000, 'x') + "\",\"note\":\"\\ud83d\\ude00 line\\nnext\"}";
        const QList<PushResult> results = push(parse({helpCall(id, payload)}));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, PushResult::Outcome::Accepted);
        const QByteArray stored = m_db->scalar(QStringLiteral("SELECT payload FROM records WHERE id = ?"), {id}).toString().toUtf8();
        const QJsonObject back = QJsonDocument::fromJson(stored).object();
        QCOMPARE(back.value(QStringLiteral("note")).toString(), QString::fromUtf8("\xF0\x9F\x98\x80 line\nnext"));
        QCOMPARE(back.value(QStringLiteral("reason")).toString().size(), 4000);
    }

    void anItemTheDatabaseRefusesIsRejectedAloneAndTheRestStored()
    {
        // A rule of the database itself (as a constraint the server's own checks do not know)
        // refuses one item's value. On PostgreSQL the refusal would abort the whole transaction
        // without a savepoint per item.
        if (m_db->isPostgres()) {
            QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE records ADD CONSTRAINT test_refused_value"
                                              " CHECK (kiosk_created_at <> 'refuse-me')")));
        } else {
            QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER test_refused_value BEFORE INSERT ON records"
                                              " WHEN NEW.kiosk_created_at = 'refuse-me'"
                                              " BEGIN SELECT RAISE(ABORT, 'refused by the test rule'); END")));
        }
        const QString before = newId();
        const QString refused = newId();
        const QString after = newId();
        const core::wire::PushBatch batch =
            parse({helpCall(before), itemJson(refused, "help_call", "refuse-me", "{\"reason\":\"lost\"}"), helpCall(after)});
        for (int round = 0; round < 2; ++round) {
            const QList<PushResult> results = push(batch);
            QCOMPARE(results.size(), 3);
            QCOMPARE(results.at(0).isStored(), true);
            QCOMPARE(results.at(1).outcome, PushResult::Outcome::Rejected);
            QVERIFY2(results.at(1).reason.startsWith(QStringLiteral("the centre's database refused this item's data")),
                     qPrintable(results.at(1).reason));
            QCOMPARE(results.at(2).isStored(), true);
            QVERIFY(readable(before));
            QVERIFY(!readable(refused));
            QVERIFY(readable(after));
            QCOMPARE(records(), 2);
        }
    }

    void aStorageFailureStillAnswersForTheWholeBatch()
    {
        // A failure of the storage, not of an item (disk full), is no reason to park an item:
        // the batch is refused as a whole (503) and nothing of it is kept, so it comes again.
        const QString before = newId();
        const QString big = newId();
        if (m_db->isPostgres()) {
            QVERIFY(m_db->exec(QStringLiteral(
                "CREATE FUNCTION test_disk_full() RETURNS trigger AS $$ BEGIN"
                " IF NEW.kiosk_created_at = 'disk-full' THEN RAISE EXCEPTION 'disk full (test)' USING ERRCODE = '53100';"
                " END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
            QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER test_disk_full BEFORE INSERT ON records"
                                              " FOR EACH ROW EXECUTE FUNCTION test_disk_full()")));
        } else {
            // The file may not grow by a single page more (on this connection); VACUUM first
            // so that no free page is left inside it either.
            QVERIFY(m_db->exec(QStringLiteral("VACUUM")));
            const qint64 pages = m_db->scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
            QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        }
        QByteArray payload = "{";
        for (int i = 0; i < 3; ++i)
            payload += "\"part" + QByteArray::number(i) + "\":\"" + QByteArray(3500, char('a' + i)) + "\",";
        payload += "\"reason\":\"lost\"}";
        const core::wire::PushBatch batch =
            parse({helpCall(before), itemJson(big, "help_call", "disk-full", payload)});
        QVERIFY(!RecordStore(*m_db).push(QString::fromLatin1(station), batch).has_value());
        QCOMPARE(records(), 0);
    }
};

KIOSK_STORAGE_TEST_MAIN(PoisonItemTest)
#include "tst_poisonitem.moc"
