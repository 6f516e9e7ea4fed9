// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer's own limits, against a real kiosk-server process over real sockets: the server
// must stay safe when exposed without nginx. A huge upload is refused before it is read (the
// server's memory stays small), a huge header is refused, a client trickling its request is cut
// within the time limit, two differing Content-Length headers are refused, a flood of unknown
// tokens gets 429, and /v1/health answers at once while another process holds SQLite's write lock.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// What came back on one raw connection: the bytes, and whether the server closed it.
struct RawReply
{
    QByteArray bytes;
    bool closedByServer = false;
    [[nodiscard]] int status() const
    {
        static const QRegularExpression line(QStringLiteral("^HTTP/1\\.[01] (\\d{3})"));
        const auto m = line.match(QString::fromLatin1(bytes.left(64)));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    [[nodiscard]] QByteArray body() const { return bytes.mid(bytes.indexOf("\r\n\r\n") + 4); }
};

} // namespace

class HttpLimitsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QProcess m_server;
    quint16 m_port = 0;

    [[nodiscard]] QString dbUrl() const { return QStringLiteral("sqlite:") + m_dbPath; }

    int admin(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(KIOSK_SERVER_BIN), QStringList{QStringLiteral("admin")} + args + QStringList{"--db", dbUrl()});
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    bool startServer(const QStringList &extra = {})
    {
        stopServer();
        m_server.setProgram(QStringLiteral(KIOSK_SERVER_BIN));
        m_server.setArguments(QStringList{"--listen", "127.0.0.1:0", "--db", dbUrl()} + extra);
        m_server.start();
        if (!m_server.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("kiosk-server listening on 127\\.0\\.0\\.1:(\\d+) with "));
        QByteArray out;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_server.state() == QProcess::Running) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return m_port != 0;
            }
        }
        qWarning() << "server did not start:" << out << m_server.readAllStandardError();
        return false;
    }

    void stopServer()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        if (!m_server.waitForFinished(10000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    /// The server's resident memory in KiB (VmRSS in /proc/PID/status).
    qint64 serverRssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

    bool connect(QTcpSocket &socket) const
    {
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(5000);
    }

    /// Reads until the server closes the connection or a whole answer (by Content-Length) is
    /// in, for at most `ms`.
    static RawReply readReply(QTcpSocket &socket, int ms)
    {
        RawReply reply;
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (socket.state() != QAbstractSocket::ConnectedState) {
                reply.closedByServer = true;
                break;
            }
            socket.waitForReadyRead(int(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
            reply.bytes += socket.readAll();
            const qsizetype end = reply.bytes.indexOf("\r\n\r\n");
            if (end >= 0) {
                static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length: *(\\d+)"));
                const auto m = length.match(QString::fromLatin1(reply.bytes.left(end + 2)));
                if (m.hasMatch() && reply.bytes.size() >= end + 4 + m.captured(1).toLongLong())
                    break;
            }
        }
        reply.bytes += socket.readAll();
        return reply;
    }

    RawReply exchange(const QByteArray &request, int ms = 5000)
    {
        QTcpSocket socket;
        if (!connect(socket))
            return {};
        socket.write(request);
        socket.waitForBytesWritten(5000);
        return readReply(socket, ms);
    }

    RawReply get(const QByteArray &path, const QByteArray &token = {})
    {
        QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token + "\r\n";
        return exchange(request + "\r\n");
    }

    RawReply post(const QByteArray &path, const QByteArray &body, const QByteArray &token = {})
    {
        QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                             "Content-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token + "\r\n";
        return exchange(request + "\r\n" + body);
    }

    QByteArray enroll(const QString &stationId, const QString &code)
    {
        if (admin({"station-create", "--station-id", stationId, "--name", stationId, "--enrollment-code", code}) != 0)
            return {};
        const RawReply r = post("/v1/stations/enroll", QStringLiteral(R"({"enrollmentCode":"%1"})").arg(code).toUtf8());
        return QJsonDocument::fromJson(r.body()).object().value(QStringLiteral("token")).toString().toLatin1();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("server-%1.db").arg(QTest::currentTestFunction()));
        QCOMPARE(admin({"migrate"}), 0);
    }

    void cleanup() { stopServer(); }

    void hugeUploadIsRefusedBeforeItIsRead()
    {
        QVERIFY(startServer());
        const QByteArray token = enroll(QStringLiteral("st1"), QStringLiteral("CODE-UPLOAD"));
        QVERIFY(!token.isEmpty());
        // Just over the body limit: answered 413 (the kiosk halves its batch on that answer).
        const RawReply over = post("/v1/sync/push", QByteArray(1024 * 1024 + 1, 'x'), token);
        QCOMPARE(over.status(), 413);
        const qint64 before = serverRssKiB();
        QVERIFY(before > 0);
        const qint64 size = 150LL * 1024 * 1024;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QTcpSocket socket;
            QVERIFY(connect(socket));
            socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n");
            const QByteArray chunk(1024 * 1024, 'x');
            qint64 sent = 0;
            QElapsedTimer timer;
            timer.start();
            // Keep sending while the server lets us; it must close the connection long before
            // 150 MB are through.
            while (sent < size && socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 20000) {
                if (socket.bytesToWrite() < 4 * chunk.size()) {
                    socket.write(chunk);
                    sent += chunk.size();
                }
                socket.waitForBytesWritten(100);
                if (socket.waitForReadyRead(1))
                    socket.readAll();
            }
            QVERIFY2(socket.state() != QAbstractSocket::ConnectedState || sent < size,
                     "the server kept reading a 150 MB upload");
            QVERIFY2(sent - socket.bytesToWrite() < size, "the whole upload went through");
        }
        const qint64 after = serverRssKiB();
        QVERIFY2(after - before < 20 * 1024, qPrintable(QStringLiteral("VmRSS grew from %1 KiB to %2 KiB").arg(before).arg(after)));
        // And the server still answers.
        QCOMPARE(get("/v1/health").status(), 200);
    }

    void hugeHeaderIsRefused()
    {
        QVERIFY(startServer());
        const qint64 before = serverRssKiB();
        QTcpSocket socket;
        QVERIFY(connect(socket));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ");
        const QByteArray chunk(64 * 1024, 'a');
        qint64 sent = 0;
        while (sent < 16LL * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(chunk);
            sent += chunk.size();
            socket.waitForBytesWritten(1000);
        }
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.write("\r\n\r\n");
        const RawReply reply = readReply(socket, 5000);
        QVERIFY2(reply.status() != 200, reply.bytes.left(200).constData());
        QVERIFY(reply.closedByServer || reply.status() == 431 || reply.status() == 400);
        QVERIFY2(serverRssKiB() - before < 10 * 1024, "the header was buffered");
        // Many modest header lines that add up beyond the limit are refused too.
        QByteArray many = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        for (int i = 0; i < 40; ++i)
            many += "X-Line-" + QByteArray::number(i) + ": " + QByteArray(1000, 'b') + "\r\n";
        const RawReply total = exchange(many + "\r\n");
        QVERIFY2(total.status() == 431 || (total.status() == 0 && total.closedByServer), total.bytes.left(200).constData());
        QCOMPARE(get("/v1/health").status(), 200);
    }

    void tricklingClientIsCutWithinTheTimeLimit()
    {
        QVERIFY(startServer({"--request-timeout", "3"}));
        QTcpSocket socket;
        QVERIFY(connect(socket));
        QElapsedTimer timer;
        timer.start();
        const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 's') + "\r\n\r\n";
        // One byte every 2 s: each byte is "activity", so an idle time-out alone would never fire.
        for (qsizetype i = 0; i < request.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(request.mid(i, 1));
            socket.waitForBytesWritten(1000);
            QDeadlineTimer pause(2000);
            while (!pause.hasExpired() && socket.state() == QAbstractSocket::ConnectedState)
                socket.waitForReadyRead(int(qMax<qint64>(1, pause.remainingTime())));
            if (timer.elapsed() > 20000)
                break;
        }
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "a trickling client held its connection for 20 s");
        QVERIFY2(timer.elapsed() < 3000 + 2500, qPrintable(QStringLiteral("cut only after %1 ms").arg(timer.elapsed())));
        QVERIFY(!socket.readAll().startsWith("HTTP/1.1 200"));
    }

    void twoDifferingContentLengthsAreRefused()
    {
        QVERIFY(startServer());
        QVERIFY(admin({"station-create", "--station-id", "st1", "--name", "One", "--enrollment-code", "CODE-SMUGGLE"}) == 0);
        const QByteArray body = R"({"enrollmentCode":"CODE-SMUGGLE"})";
        const RawReply reply = exchange("POST /v1/stations/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                        "Content-Type: application/json\r\nContent-Length: "
                                        + QByteArray::number(body.size()) + "\r\nContent-Length: 5\r\n\r\n" + body);
        QVERIFY2(reply.status() == 400 || (reply.status() == 0 && reply.closedByServer), reply.bytes.left(200).constData());
        // The code was not spent by the smuggled request: it still enrolls.
        QCOMPARE(post("/v1/stations/enroll", body).status(), 200);
    }

    void undecodablePathIsABadRequest()
    {
        QVERIFY(startServer());
        // Percent-encoded bytes that are no UTF-8: answered 400, not a dropped connection.
        QCOMPARE(get("/v1/records/%ff%fe").status(), 400);
        QCOMPARE(get("/v1/records/%ed%a0%80").status(), 400);
        QCOMPARE(get("/v1/health").status(), 200);
    }

    void unknownTokenFloodGets429()
    {
        QVERIFY(startServer());
        const QByteArray token = enroll(QStringLiteral("st-valid"), QStringLiteral("CODE-VALID"));
        QVERIFY(!token.isEmpty());
        int unauthorized = 0;
        int limited = 0;
        bool retryAfter = false;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 30; ++i) {
            const RawReply r = get("/v1/station", "forged-token-" + QByteArray::number(i));
            if (r.status() == 401)
                ++unauthorized;
            else if (r.status() == 429) {
                ++limited;
                retryAfter = retryAfter || r.bytes.toLower().contains("\r\nretry-after: ");
            }
        }
        // A burst of 10, then one a second: a slow (sanitized, loaded) run earns a few more.
        const int allowance = 10 + 1 + int(clock.elapsed() / 1000);
        QVERIFY2(unauthorized <= allowance, qPrintable(QStringLiteral("%1 > %2").arg(unauthorized).arg(allowance)));
        QVERIFY2(limited >= 30 - allowance, qPrintable(QString::number(limited)));
        QVERIFY(retryAfter);
        QCOMPARE(get("/v1/health").status(), 200);
        // The same address with a valid token is still served: only unknown tokens are charged.
        QCOMPARE(get("/v1/station", token).status(), 200);
    }

    void healthAnswersWhileAnotherProcessHoldsTheWriteLock()
    {
        QVERIFY(startServer());
        const QByteArray token = enroll(QStringLiteral("st1"), QStringLiteral("CODE-LOCK"));
        QVERIFY(!token.isEmpty());
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_dbPath});
        if (!sqlite.waitForStarted(5000))
            QSKIP("the sqlite3 command-line tool is not installed");
        sqlite.write("BEGIN IMMEDIATE;\n");
        // Held once another writer is refused (the tool's own output is buffered on a pipe).
        const auto writeLockHeld = [this] {
            QProcess probe;
            probe.start(QStringLiteral("sqlite3"), {m_dbPath, QStringLiteral("BEGIN IMMEDIATE; ROLLBACK;")});
            probe.waitForFinished(5000);
            return probe.exitCode() != 0 && probe.readAllStandardError().contains("locked");
        };
        QTRY_VERIFY_WITH_TIMEOUT(writeLockHeld(), 5000);

        // A push now waits for the lock on a write worker...
        QTcpSocket pusher;
        QVERIFY(connect(pusher));
        const QByteArray batch =
            R"({"items":[{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","kind":"help_call","payload":{"reason":"x"}}]})";
        pusher.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " + token
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(batch.size()) + "\r\n\r\n"
                     + batch);
        pusher.waitForBytesWritten(2000);
        QTest::qWait(300);
        // ...while health answers at once, and so does a read.
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(get("/v1/health").status(), 200);
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("health took %1 ms").arg(timer.elapsed())));
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get("/v1/sync/changes?since=0", token).status(), 200);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("a read took %1 ms").arg(timer.elapsed())));

        QVERIFY2(pusher.bytesAvailable() == 0 && !pusher.waitForReadyRead(10), "the push was answered while the lock was held");
        sqlite.write("COMMIT;\n.quit\n");
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished(5000));
        // The push, held up only by the lock, then goes through.
        const RawReply pushed = readReply(pusher, 15000);
        QCOMPARE(pushed.status(), 200);
    }

    void stopSignalWritesTheContactsHeldInMemory()
    {
        QVERIFY(startServer());
        const QByteArray token = enroll(QStringLiteral("st1"), QStringLiteral("CODE-STOP"));
        QVERIFY(!token.isEmpty());
        const auto lastContact = [this] {
            QProcess q;
            q.start(QStringLiteral("sqlite3"), {m_dbPath, QStringLiteral("SELECT COALESCE(last_contact_at, 0) FROM stations WHERE id = 'st1';")});
            q.waitForFinished(5000);
            return q.readAllStandardOutput().trimmed().toLongLong();
        };
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
        const qint64 before = lastContact();
        QTest::qWait(20);
        QCOMPARE(get("/v1/station", token).status(), 200);
        // At once: the workers write contacts only every few seconds, so it is the stop that must.
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
        QVERIFY2(lastContact() > before, "the station's contact was lost at the stop");
    }
};

QTEST_GUILESS_MAIN(HttpLimitsTest)
#include "tst_httplimits.moc"
