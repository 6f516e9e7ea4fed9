// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client's requests are asynchronous on the sync thread: a server that accepts and
// never answers neither holds up a stop nor outlasts the request's time-out.
#include "kiosk/sync/syncclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosksync;

class SyncAsyncTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_silent; ///< accepts, reads, never answers
    QList<QTcpSocket *> m_held;

    SyncSettings settings(int timeoutMs)
    {
        SyncSettings s;
        s.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort()));
        s.storePath = m_dir.filePath(QStringLiteral("kiosk-%1.db").arg(timeoutMs));
        s.credentialPath = m_dir.filePath(QStringLiteral("station-%1.credential").arg(timeoutMs));
        s.enrollmentCode = QStringLiteral("CODE-ONE");
        s.requestTimeoutMs = timeoutMs;
        s.minBackoffMs = s.maxBackoffMs = 60000;
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        connect(&m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_silent.nextPendingConnection())
                m_held.append(s);
        });
    }

    void stopDuringAnUnansweredRequestReturnsAtOnce()
    {
        SyncClient client(settings(60000));
        QSignalSpy connected(&m_silent, &QTcpServer::newConnection);
        client.start();
        QVERIFY(connected.wait(5000)); // the enrollment request is out, and will get no answer
        QTRY_VERIFY(client.syncing());
        QElapsedTimer stopping;
        stopping.start();
        client.stop();
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
    }

    void anUnansweredRequestEndsAtItsTimeOut()
    {
        SyncClient client(settings(700));
        QSignalSpy rounds(&client, &SyncClient::roundFinished);
        QElapsedTimer since;
        since.start();
        client.start();
        QVERIFY(rounds.wait(5000));
        QCOMPARE(rounds.first().at(0).toBool(), false);
        QVERIFY2(since.elapsed() >= 600 && since.elapsed() < 3000, qPrintable(QString::number(since.elapsed())));
        QVERIFY2(client.lastError().contains(u"cannot be reached"), qPrintable(client.lastError()));
        QVERIFY(!client.syncing());
        client.stop();
    }
};

QTEST_GUILESS_MAIN(SyncAsyncTest)
#include "tst_sync_async.moc"
