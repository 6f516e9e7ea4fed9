// SPDX-License-Identifier: GPL-3.0-or-later
// Admin imports next to live kiosks (issue 16, import half of item 6), on SQLite and on
// PostgreSQL (KIOSK_TEST_ENGINE=postgresql): a 20,000-row volunteer import runs on its own
// connection in its own thread while this thread pushes, as a kiosk would, on another; the
// pushes are answered while the import is still under way, because the import commits in
// chunks. Also: an import's text is checked like a push's (a bad row is refused alone and
// named), and a storage failure half-way keeps the chunks before it and says where it stopped.
#include "testdatabase.h"

#include "core/wire/pushbatch.h"
#include "server/csvimporter.h"
#include "server/database.h"
#include "server/recordstore.h"
#include "server/servicecsv.h"
#include "server/stationregistry.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <functional>

using namespace server;
using core::wire::PushResult;

namespace {

const QString station = QStringLiteral("station-a");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A header and `rows` volunteers V00001... at station-a; `row(n)` may replace line n+1.
QString volunteersCsv(int rows, const std::function<QString(int)> &row = {})
{
    QString csv = QStringLiteral("volunteer_id,name,phone,station_id,skills,hours_total\n");
    csv.reserve(rows * 48);
    for (int n = 1; n <= rows; ++n) {
        const QString special = row ? row(n) : QString();
        csv += special.isEmpty() ? QStringLiteral("V%1,Volunteer %1,,station-a,,0\n").arg(n, 5, 10, QLatin1Char('0'))
                                 : special + u'\n';
    }
    return csv;
}

/// A help request and its cancellation: the cancellation writes to the change feed, which an
/// import of volunteers writes to as well (on PostgreSQL: the same counter row).
core::wire::PushBatch requestAndCancellation()
{
    const QString request = newId();
    core::wire::PushBatch batch;
    batch.items.append({request, QStringLiteral("volunteer_request"), QStringLiteral("2026-07-06T09:00:00+08:00"),
                        QJsonObject{{QStringLiteral("helpType"), QStringLiteral("accompany_to_hospital")}}});
    batch.items.append({newId(), QStringLiteral("request_cancellation"), QStringLiteral("2026-07-06T09:01:00+08:00"),
                        QJsonObject{{QStringLiteral("requestId"), request}}});
    return batch;
}

} // namespace

class ChunkedImportTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<Database> m_db;

    qint64 volunteers()
    {
        return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM volunteers")).toLongLong();
    }
    /// A database rule that makes storing volunteer `id` fail, as a full disk or a broken
    /// constraint would half-way through a file.
    bool refuseVolunteer(const QString &id)
    {
        if (m_db->isPostgres())
            return m_db->exec(QStringLiteral("ALTER TABLE volunteers ADD CONSTRAINT test_refused CHECK (id <> '%1')").arg(id))
                .has_value();
        return m_db->exec(QStringLiteral("CREATE TRIGGER test_refused BEFORE INSERT ON volunteers WHEN NEW.id = '%1'"
                                         " BEGIN SELECT RAISE(ABORT, 'refused by the test rule'); END")
                              .arg(id))
            .has_value();
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
        QVERIFY2(StationRegistry(*m_db).create(station, QStringLiteral("A"), {}, &problem), qPrintable(problem));
    }

    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
    }

    void pushesAreAnsweredWhileALongImportRuns()
    {
        constexpr int rows = 20000;
        const QString csv = volunteersCsv(rows);
        CsvImporter::Report report;
        QString importError;
        std::atomic<bool> importing{true};
        // The import as `kiosk-server admin import-volunteers` runs it: its own connection.
        std::unique_ptr<QThread> importer(QThread::create([&] {
            QString error;
            auto db = Database::open(m_scratch->url(), &error);
            if (!db)
                importError = error;
            else
                report = CsvImporter(*db).importVolunteers(csv);
            importing = false;
        }));
        importer->start();

        int pushes = 0;
        int answeredMidImport = 0; // answered with part, not none or all, of the file committed
        qint64 slowestMs = 0;
        QString pushFailure; // (checked once the import thread is done: it uses this frame)
        while (importing && pushFailure.isEmpty()) {
            QElapsedTimer timer;
            timer.start();
            const auto results = RecordStore(*m_db).push(station, requestAndCancellation());
            slowestMs = qMax(slowestMs, timer.elapsed());
            if (!results)
                pushFailure = QStringLiteral("a push was answered 503 while the import ran");
            else if (results->size() != 2 || !results->at(0).isStored() || !results->at(1).isStored())
                pushFailure = QStringLiteral("a push was not stored: ") + results->value(1).reason;
            ++pushes;
            const qint64 committed = volunteers();
            if (committed > 0 && committed < rows)
                ++answeredMidImport;
            QTest::qWait(20);
        }
        QVERIFY(importer->wait(300000));
        QVERIFY2(pushFailure.isEmpty(), qPrintable(pushFailure));
        QVERIFY2(importError.isEmpty(), qPrintable(importError));
        QVERIFY2(!report.storageFailed, "the import failed");
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.imported, rows);
        QCOMPARE(volunteers(), qint64(rows));
        qInfo("%d pushes during the import, %d answered with the import part-way, the slowest in %lld ms", pushes,
              answeredMidImport, slowestMs);
        // One transaction for the whole file would let no push through until all of it was in.
        QVERIFY2(answeredMidImport >= 3, qPrintable(QString::number(answeredMidImport)));
        QVERIFY2(slowestMs < 5000, qPrintable(QString::number(slowestMs)));
    }

    void aRowWithTextThatCannotBeStoredIsRefusedAloneAndNamed()
    {
        constexpr int rows = 1200; // more than two chunks
        const QString csv = volunteersCsv(rows, [](int n) -> QString {
            if (n == 10)
                return QStringLiteral("V00010,Vol") + QChar(0) + QStringLiteral("unteer,,station-a,,0");
            if (n == 600)
                return QStringLiteral("V00600,Volunteer,,station-a,") + QChar(0xd800) + QStringLiteral(",0");
            if (n == 1100)
                return QStringLiteral("V01100,") + QString(1001, u'x') + QStringLiteral(",,station-a,,0");
            return {};
        });
        const CsvImporter::Report report = CsvImporter(*m_db).importVolunteers(csv);
        QVERIFY(!report.storageFailed);
        QCOMPARE(report.problems,
                 QStringList({QStringLiteral("line 11: name: holds a NUL character (U+0000), which cannot be stored"),
                              QStringLiteral("line 601: skills: holds half of a UTF-16 surrogate pair, which is not text"
                                             " and cannot be stored"),
                              QStringLiteral("line 1101: name: 1001 characters, at most 1000 are allowed")}));
        QCOMPARE(report.imported, rows - 3);
        QCOMPARE(volunteers(), qint64(rows - 3));
        QVERIFY(!m_db->scalar(QStringLiteral("SELECT 1 FROM volunteers WHERE id = 'V00010'")).isValid());

        // A header with a NUL in a column name: nothing is read.
        const QString badHeader = QStringLiteral("volunteer_id,na") + QChar(0) + QStringLiteral("me,phone\nV1,A,\n");
        const CsvImporter::Report refused = CsvImporter(*m_db).importVolunteers(badHeader);
        QCOMPARE(refused.imported, 0);
        QVERIFY2(refused.problems.value(0).startsWith(QStringLiteral("line 1: the header: a column name holds a NUL")),
                 qPrintable(refused.problems.value(0)));
    }

    void aServicesFileWithTextThatCannotBeStoredIsRefused()
    {
        // The services import keeps all or nothing (a half catalogue confuses kiosks).
        const QString csv = QStringLiteral("code,category,name_zh,name_en\nS1,card,办证,Card") + QChar(0) + QStringLiteral("s\n");
        QStringList problems;
        const auto services = ServiceCsv::read(csv, &problems);
        QCOMPARE(problems, QStringList(QStringLiteral("line 2: name_en: holds a NUL character (U+0000), which cannot be stored")));
    }

    void aRowTheDatabaseRefusesIsRefusedAlone()
    {
        // A database rule the importer's checks do not know refuses one row: that row is named
        // and left out, every other row (before it in its chunk, and after) is imported.
        QVERIFY(refuseVolunteer(QStringLiteral("V00777")));
        const CsvImporter::Report report = CsvImporter(*m_db).importVolunteers(volunteersCsv(1200));
        QVERIFY(!report.storageFailed);
        QCOMPARE(report.problems,
                 QStringList(QStringLiteral("line 778: the database refused this row's data; the server log names the error")));
        QCOMPARE(report.imported, 1199);
        QCOMPARE(volunteers(), qint64(1199));
    }

    void aStorageFailureHalfWayKeepsTheChunksBeforeIt()
    {
        // The storage itself fails at V00777 (a full disk): the import stops there, says where,
        // and keeps the first chunk; the chunk holding the failing row is not kept.
        if (m_db->isPostgres()) {
            QVERIFY(m_db->exec(QStringLiteral(
                "CREATE FUNCTION test_disk_full() RETURNS trigger AS $$ BEGIN"
                " IF NEW.id = 'V00777' THEN RAISE EXCEPTION 'disk full (test)' USING ERRCODE = '53100'; END IF;"
                " RETURN NEW; END $$ LANGUAGE plpgsql")));
            QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER test_disk_full BEFORE INSERT ON volunteers"
                                              " FOR EACH ROW EXECUTE FUNCTION test_disk_full()")));
        } else {
            // Room for the rows, not for the 40 MB the rule writes at V00777 (on this connection).
            QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE test_ballast (b BLOB)")));
            QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER test_disk_full BEFORE INSERT ON volunteers"
                                              " WHEN NEW.id = 'V00777'"
                                              " BEGIN INSERT INTO test_ballast VALUES (zeroblob(40000000)); END")));
            const qint64 pages = m_db->scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
            QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2000)));
        }
        const CsvImporter::Report report = CsvImporter(*m_db).importVolunteers(volunteersCsv(1200));
        QVERIFY(report.storageFailed);
        QCOMPARE(report.failedAtLine, 778);
        QCOMPARE(report.imported, CsvImporter::chunkRows);
        QCOMPARE(volunteers(), qint64(CsvImporter::chunkRows));
    }
};

KIOSK_STORAGE_TEST_MAIN(ChunkedImportTest)
#include "tst_chunkedimport.moc"
