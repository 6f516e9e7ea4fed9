// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process killed with SIGKILL (a power cut, as far as the file can tell) leaves each
// record with its outbox entry, or neither, and every write it reported as done is still there.
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace store;

namespace {

// Child: submit help requests until killed, printing the id of each one once it returned.
int childLoop(const QString &path)
{
    Database db(path);
    if (!db.open().ok())
        return 3;
    Store st(db, "secret");
    HelpRequestDraft draft;
    draft.type = core::HelpType::ShoppingAndMeals;
    draft.idNumber = QStringLiteral("110101199003071233");
    for (;;) {
        auto saved = st.requests().submitHelpRequest(draft);
        if (!saved.ok())
            return 4;
        std::printf("%s\n", qPrintable(saved.value().id));
        std::fflush(stdout);
    }
}

// Child: write a record, announce it, and wait inside the transaction to be killed before the
// outbox entry is written.
int childPause(const QString &path)
{
    Database db(path);
    if (!db.open().ok())
        return 3;
    auto done = db.write([&]() -> Result<void> {
        auto q = db.exec(QStringLiteral("INSERT INTO help_requests(id, help_type, code, created_at) "
                                        "VALUES('half-done', 'home_visit', 'HALF2', 't')"));
        if (!q.ok())
            return q.error();
        std::printf("inside\n");
        std::fflush(stdout);
        QThread::sleep(60);
        return {};
    });
    return done.ok() ? 0 : 5;
}

} // namespace

/// @brief All-or-nothing writes of a record and its outbox entry across a killed writer.
class TestAtomicity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void checkConsistent(const QString &path, const QStringList &reported)
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_qs).value().toString(), u"ok"_qs);
        const int requests = db.scalar(u"SELECT COUNT(*) FROM help_requests"_qs).value().toInt();
        const int entries = db.scalar(u"SELECT COUNT(*) FROM outbox WHERE kind = 'volunteer_request'"_qs).value().toInt();
        QCOMPARE(requests, entries);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM help_requests h LEFT JOIN outbox o ON o.id = h.id "
                           "WHERE o.id IS NULL"_qs).value().toInt(), 0);
        // Durable: every request the child was told was saved is on disk.
        for (const QString &id : reported)
            QVERIFY2(db.scalar(u"SELECT 1 FROM help_requests WHERE id = ?"_qs, {id}).value().isValid(), qPrintable(id));
        QVERIFY(requests >= reported.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void killedInsideATransaction()
    {
        const QString path = m_dir.filePath(u"pause.db"_qs);
        {
            Database db(path);
            QVERIFY(db.open().ok());
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--child-pause"_qs, path});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(60000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("inside"));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(!db.scalar(u"SELECT 1 FROM help_requests WHERE id = 'half-done'"_qs).value().isValid());
        // And the file takes new writes at once (no stale lock).
        Store st(db, "secret");
        QVERIFY(st.requests().callStaff(u"after crash"_qs).ok());
    }

    void killedWhileWritingInALoop()
    {
        const QString path = m_dir.filePath(u"loop.db"_qs);
        QStringList reported;
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {u"--child-loop"_qs, path});
            QVERIFY(child.waitForStarted());
            // Let it get going, then kill it at a random moment.
            QStringList seen;
            while (seen.size() < 5 && child.waitForReadyRead(60000)) {
                while (child.canReadLine())
                    seen.append(QString::fromLatin1(child.readLine().trimmed()));
            }
            QVERIFY2(seen.size() >= 5, "the child wrote nothing");
            QThread::msleep(QRandomGenerator::global()->bounded(5, 60));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            while (child.canReadLine())
                seen.append(QString::fromLatin1(child.readLine().trimmed()));
            for (const QString &line : seen) {
                if (line.size() == 36)
                    reported.append(line);
            }
            checkConsistent(path, reported);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%lld requests reported saved across 5 killed writers", qlonglong(reported.size()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--child-loop") == 0) {
        QCoreApplication app(argc, argv);
        return childLoop(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--child-pause") == 0) {
        QCoreApplication app(argc, argv);
        return childPause(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestAtomicity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicity.moc"
