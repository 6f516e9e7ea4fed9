// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/nginx/kiosk-server.conf on loopback with a test CA in front of a real kiosk-server
// (--trust-proxy-header with the proxy's shared secret): no certificate, one from another CA or a
// revoked one (in the CRL) is refused before the server, a station certificate gets through as
// that station, a forged X-Station-Id is overwritten, bodies over the cap are refused, and
// X-Station-Id sent to the server directly, without the secret, names nobody.
#include "serverprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

bool run(const QString &program, const QStringList &args, const QString &workDir, QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning() << program << args << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class NginxMtlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    QProcess m_nginx;
    quint16 m_port = 0;
    quint16 m_consolePort = 0;

    /// curl against nginx; returns "STATUS BODY".
    QString curl(const QStringList &extra)
    {
        QByteArray out;
        run(QStringLiteral("curl"),
            QStringList{"-s", "-o", "-", "-w", "\n%{http_code}", "--cacert", m_dir.filePath("server-ca.crt"),
                        "--resolve", QStringLiteral("kiosk.test:%1:127.0.0.1").arg(m_port)}
                + extra,
            m_dir.path(), &out);
        const QString text = QString::fromUtf8(out);
        const qsizetype nl = text.lastIndexOf(u'\n');
        return text.mid(nl + 1) + u' ' + text.left(nl);
    }
    QString url(const QString &path) const { return QStringLiteral("https://kiosk.test:%1%2").arg(m_port).arg(path); }
    /// curl against the console's server block (no station certificate); "STATUS BODY".
    QString consoleCurl(const QStringList &extra)
    {
        return curl(QStringList{"--resolve", QStringLiteral("kiosk.test:%1:127.0.0.1").arg(m_consolePort)} + extra);
    }
    QString consoleUrl(const QString &path) const
    {
        return QStringLiteral("https://kiosk.test:%1%2").arg(m_consolePort).arg(path);
    }

private slots:
    void initTestCase()
    {
        const QString d = m_dir.path();
        // A CA for the server's own certificate, the stations' CA, and a rogue CA.
        const QString script = QStringLiteral(R"SH(set -e
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=server-ca -keyout server-ca.key -out server-ca.crt
openssl req -newkey rsa:2048 -nodes -subj /CN=kiosk.test -keyout server.key -out server.csr
printf 'subjectAltName=DNS:kiosk.test\n' > san.ext
openssl x509 -req -in server.csr -CA server-ca.crt -CAkey server-ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt
for ca in station-ca rogue-ca; do
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=$ca -keyout $ca.key -out $ca.crt
done
openssl req -newkey rsa:2048 -nodes -subj /CN=st1 -keyout st1.key -out st1.csr
openssl x509 -req -in st1.csr -CA station-ca.crt -CAkey station-ca.key -CAcreateserial -days 2 -out st1.crt
openssl req -newkey rsa:2048 -nodes -subj /CN=st1 -keyout rogue.key -out rogue.csr
openssl x509 -req -in rogue.csr -CA rogue-ca.crt -CAkey rogue-ca.key -CAcreateserial -days 2 -out rogue.crt
openssl req -newkey rsa:2048 -nodes -subj /CN=st3 -keyout revoked.key -out revoked.csr
openssl x509 -req -in revoked.csr -CA station-ca.crt -CAkey station-ca.key -CAcreateserial -days 2 -out revoked.crt
printf '[ca]\ndefault_ca=station\n[station]\ndatabase=index.txt\ncrlnumber=crlnumber\ndefault_md=sha256\ndefault_crl_days=2\ncertificate=station-ca.crt\nprivate_key=station-ca.key\n' > ca.cnf
: > index.txt && echo 01 > crlnumber
openssl ca -config ca.cnf -revoke revoked.crt
openssl ca -config ca.cnf -gencrl -out station-ca.crl
openssl rand -hex 32 > proxy-secret
printf 'proxy_set_header X-Kiosk-Proxy-Secret "%s";\n' "$(cat proxy-secret)" > proxy-secret.conf
mkdir -p tls tmp && cp server.crt server.key station-ca.crt station-ca.crl tls/
)SH");
        QVERIFY(run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, d));

        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        QCOMPARE(m_server->admin({"station-create", "--station-id", "st1", "--name", "One"}), 0);
        QCOMPARE(m_server->admin({"station-create", "--station-id", "st2", "--name", "Two"}), 0);
        QCOMPARE(m_server->admin({"station-create", "--station-id", "st3", "--name", "Three"}), 0);
        QVERIFY(m_server->start(0, {QStringLiteral("--trust-proxy-header"), QStringLiteral("--proxy-secret-file"),
                                    d + QStringLiteral("/proxy-secret")}));

        // The packaged configuration, with only its paths and ports moved to this test's.
        QFile packaged(QStringLiteral(KIOSK_NGINX_CONF));
        QVERIFY(packaged.open(QIODevice::ReadOnly));
        QString conf = QString::fromUtf8(packaged.readAll());
        m_port = freePort();
        conf.replace(QStringLiteral("/etc/kiosk-server/tls/"), d + QStringLiteral("/tls/"));
        conf.replace(QStringLiteral("/etc/kiosk-server/proxy-secret.conf"), d + QStringLiteral("/proxy-secret.conf"));
        conf.replace(QStringLiteral("server 127.0.0.1:8765;"), QStringLiteral("server 127.0.0.1:%1;").arg(m_server->port()));
        conf.replace(QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port));
        conf.replace(QStringLiteral("listen [::]:443 ssl;"), QString());
        m_consolePort = freePort();
        conf.replace(QStringLiteral("listen 8443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_consolePort));
        conf.replace(QStringLiteral("listen [::]:8443 ssl;"), QString());
        QVERIFY(conf.contains(QStringLiteral("ssl_verify_client on;")));
        QVERIFY(conf.contains(QRegularExpression(QStringLiteral("\n\\s*ssl_crl [^\n]*station-ca.crl;"))));
        QFile site(d + QStringLiteral("/kiosk-server.conf"));
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write(conf.toUtf8());
        site.close();
        QFile main(d + QStringLiteral("/nginx.conf"));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                  "events { worker_connections 64; }\n"
                                  "http {\n access_log off;\n client_body_temp_path %1/tmp/body;\n proxy_temp_path %1/tmp/proxy;\n"
                                  " fastcgi_temp_path %1/tmp/fastcgi;\n uwsgi_temp_path %1/tmp/uwsgi;\n scgi_temp_path %1/tmp/scgi;\n"
                                  " include %1/kiosk-server.conf;\n}\n")
                       .arg(d)
                       .toUtf8());
        main.close();
        // Workers run as root here only because the test may run as root with files in a
        // private temporary directory; the packaged file does not set a user.
        QDir(d).mkpath(QStringLiteral("tmp"));
        QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_nginx.start(QStandardPaths::findExecutable(QStringLiteral("nginx"), {"/usr/sbin", "/sbin", "/usr/bin"}),
                      {QStringLiteral("-c"), d + QStringLiteral("/nginx.conf"), QStringLiteral("-p"), d,
                       QStringLiteral("-g"), QStringLiteral("user root;")});
        QVERIFY(m_nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(curl({url("/v1/health")}).left(3) != QStringLiteral("000"), 10000);
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            m_nginx.waitForFinished(5000);
        }
        m_server.reset();
        m_scratch.reset();
    }

    void requestWithoutCertificateIsRefused()
    {
        const QString r = curl({url("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("403 ")), qPrintable(r));
        QVERIFY(r.contains(QStringLiteral("certificate_required")));
        QVERIFY(!m_server->log().contains("/v1/station"));
    }

    void certificateFromAnotherCaIsRefused()
    {
        const QString r = curl({"--cert", m_dir.filePath("rogue.crt"), "--key", m_dir.filePath("rogue.key"), url("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("403 ")), qPrintable(r));
        QVERIFY(!m_server->log().contains("/v1/station"));
    }

    void revokedCertificateIsRefused()
    {
        const QString r = curl({"--cert", m_dir.filePath("revoked.crt"), "--key", m_dir.filePath("revoked.key"), url("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("403 ")), qPrintable(r));
        QVERIFY(r.contains(QStringLiteral("certificate_required")));
        QVERIFY(!m_server->log().contains("/v1/station"));
    }

    void stationCertificateGetsThroughAsThatStation()
    {
        const QString r = curl({"--cert", m_dir.filePath("st1.crt"), "--key", m_dir.filePath("st1.key"), url("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("200 ")), qPrintable(r));
        QCOMPARE(QJsonDocument::fromJson(r.mid(4).toUtf8()).object().value("id").toString(), QStringLiteral("st1"));
    }

    void forgedStationHeaderIsOverwritten()
    {
        const QString r = curl({"--cert", m_dir.filePath("st1.crt"), "--key", m_dir.filePath("st1.key"),
                                "-H", "X-Station-Id: st2", url("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("200 ")), qPrintable(r));
        QCOMPARE(QJsonDocument::fromJson(r.mid(4).toUtf8()).object().value("id").toString(), QStringLiteral("st1"));
    }

    void stationHeaderWithoutTheSecretNamesNobody()
    {
        // Straight to kiosk-server's port, as any local process could.
        const QString direct = QStringLiteral("http://127.0.0.1:%1/v1/station").arg(m_server->port());
        QString r = curl({"-H", "X-Station-Id: st1", direct});
        QVERIFY2(r.startsWith(QStringLiteral("401 ")), qPrintable(r));
        r = curl({"-H", "X-Station-Id: st1", "-H", "X-Kiosk-Proxy-Secret: 0123456789abcdef0123456789abcdef", direct});
        QVERIFY2(r.startsWith(QStringLiteral("401 ")), qPrintable(r));
        // With the secret (what nginx adds) the header is believed: the secret is what is trusted.
        QFile secret(m_dir.filePath("proxy-secret"));
        QVERIFY(secret.open(QIODevice::ReadOnly));
        r = curl({"-H", "X-Station-Id: st2", "-H", "X-Kiosk-Proxy-Secret: " + QString::fromLatin1(secret.readAll().trimmed()), direct});
        QVERIFY2(r.startsWith(QStringLiteral("200 ")), qPrintable(r));
        QCOMPARE(QJsonDocument::fromJson(r.mid(4).toUtf8()).object().value("id").toString(), QStringLiteral("st2"));
    }

    void trustWithoutASecretIsRefusedAtStart()
    {
        ServerProcess unsafe(m_scratch->urlText());
        QVERIFY(!unsafe.start(0, {QStringLiteral("--trust-proxy-header")}));
        QVERIFY2(unsafe.log().contains("--proxy-secret-file"), unsafe.log().constData());
    }

    void consoleIsReachedWithoutAStationCertificate()
    {
        QString r = consoleCurl({consoleUrl("/console/api/session")});
        QVERIFY2(r.startsWith(QStringLiteral("401 ")), qPrintable(r));
        QCOMPARE(QJsonDocument::fromJson(r.mid(4).toUtf8()).object().value("error").toString(), QStringLiteral("signed_out"));

        // A sign-in from the console's own origin: nginx passes the port in Host, so the
        // console's Origin check holds behind it.
        QFile password(m_dir.filePath("coordinator-password"));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("a long enough password\n");
        password.close();
        QCOMPARE(m_server->admin({"user-create", "--login", "coord", "--name", "Coordinator", "--role", "city",
                                  "--password-file", password.fileName()}),
                 0);
        const QString origin = QStringLiteral("https://kiosk.test:%1").arg(m_consolePort);
        r = consoleCurl({"-X", "POST", "-H", "Content-Type: application/json", "-H", "Origin: " + origin, "--data",
                         R"({"login":"coord","password":"a long enough password"})", consoleUrl("/console/api/session")});
        QVERIFY2(r.startsWith(QStringLiteral("200 ")), qPrintable(r));
        QVERIFY(!QJsonDocument::fromJson(r.mid(4).toUtf8()).object().value("csrfToken").toString().isEmpty());
        r = consoleCurl({"-X", "POST", "-H", "Content-Type: application/json", "-H", "Origin: https://elsewhere.test",
                         "--data", R"({"login":"coord","password":"a long enough password"})",
                         consoleUrl("/console/api/session")});
        QVERIFY2(r.startsWith(QStringLiteral("403 ")), qPrintable(r));
    }

    void stationsApiIsNotOnTheConsolePort()
    {
        // Even with a station's certificate and a forged station header: only /console/ is passed on.
        const QString r = consoleCurl({"--cert", m_dir.filePath("st1.crt"), "--key", m_dir.filePath("st1.key"),
                                       "-H", "X-Station-Id: st1", consoleUrl("/v1/station")});
        QVERIFY2(r.startsWith(QStringLiteral("404 ")), qPrintable(r));
        const QString health = consoleCurl({consoleUrl("/v1/health")});
        QVERIFY2(health.startsWith(QStringLiteral("404 ")), qPrintable(health));
    }

    void oversizedBodyIsRefusedByTheProxy()
    {
        QFile big(m_dir.filePath("big.json"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2 * 1024 * 1024, 'x'));
        big.close();
        const QString r = curl({"--cert", m_dir.filePath("st1.crt"), "--key", m_dir.filePath("st1.key"),
                                "-X", "POST", "--data-binary", "@" + big.fileName(), url("/v1/sync/push")});
        QVERIFY2(r.startsWith(QStringLiteral("413 ")), qPrintable(r.left(200)));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    for (const char *tool : {"nginx", "openssl", "curl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()
            && QStandardPaths::findExecutable(QString::fromLatin1(tool), {"/usr/sbin", "/sbin"}).isEmpty()) {
            QTextStream(stdout) << "skipped: " << tool << " is not installed\n";
            return 77;
        }
    }
    if (!TestDatabase::engineAvailable())
        return 77;
    NginxMtlsTest tc;
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_nginx_mtls.moc"
