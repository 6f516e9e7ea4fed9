// SPDX-License-Identifier: GPL-3.0-or-later
// server/openapi.yaml documents exactly the routes the server serves, and each route answers
// only with status codes documented for it.
#include "contractsample.h"
#include "testdatabase.h"

#include "server/apirouter.h"
#include "server/database.h"
#include "server/stationregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace server;

namespace {

/// "GET /v1/health" -> {"200"}: read from the paths section of the YAML by indentation (the file
/// keeps paths at 2 spaces, methods at 4, status codes at 8).
QMap<QString, QSet<int>> documentedRoutes(const QString &fileName)
{
    QMap<QString, QSet<int>> routes;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return routes;
    bool inPaths = false;
    bool inResponses = false;
    QString path, current;
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
    static const QRegularExpression codeLine(QStringLiteral("^        \"(\\d{3})\":"));
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u"paths:")) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.isEmpty() && !line.startsWith(u' '))
            break;
        if (auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            current.clear();
        } else if (auto m = methodLine.match(line); m.hasMatch()) {
            current = m.captured(1).toUpper() + u' ' + path;
            routes.insert(current, {});
            inResponses = false;
        } else if (line.startsWith(u"      responses:")) {
            inResponses = true;
        } else if (auto m = codeLine.match(line); m.hasMatch() && inResponses && !current.isEmpty()) {
            routes[current].insert(m.captured(1).toInt());
        }
    }
    return routes;
}

} // namespace

class OpenApiTest : public QObject
{
    Q_OBJECT

private slots:
    void everyServedRouteIsDocumentedAndNoOther()
    {
        const auto documented = documentedRoutes(QStringLiteral(KIOSK_SERVER_OPENAPI));
        QVERIFY2(!documented.isEmpty(), "cannot read openapi.yaml");
        QSet<QString> served;
        for (const auto &r : ApiRouter::routes())
            served.insert(r.method + u' ' + r.pattern);
        const QList<QString> documentedKeys = documented.keys();
        QCOMPARE(served, QSet<QString>(documentedKeys.begin(), documentedKeys.end()));
        for (auto it = documented.begin(); it != documented.end(); ++it)
            QVERIFY2(it.value().contains(200), qPrintable(it.key() + " documents no 200"));
    }

    void everyRouteAnswersOnlyWithDocumentedCodes()
    {
        const auto documented = documentedRoutes(QStringLiteral(KIOSK_SERVER_OPENAPI));
        TestDatabase scratch;
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QString error;
        auto db = Database::open(scratch.url(), &error);
        QVERIFY2(db && db->migrate(&error), qPrintable(error));
        StationRegistry stations(*db);
        QVERIFY(stations.create(QStringLiteral("s1"), QStringLiteral("S1"), {}, &error));
        QVERIFY(stations.issueEnrollmentCode(QStringLiteral("s1"), QStringLiteral("CODE-1"), 1));
        ServerConfig config;
        config.maxBodyBytes = 4096;
        config.rateLimitPerSecond = 0;
        ApiRouter router(*db, config);

        auto send = [&](const QString &method, const QString &path, const QByteArray &body, const QByteArray &token) {
            ApiRequest r;
            r.method = method;
            r.path = path;
            r.body = body;
            r.remoteAddress = QStringLiteral("127.0.0.1");
            if (!token.isEmpty())
                r.headers.insert("authorization", "Bearer " + token);
            return router.handle(r);
        };
        const ApiResponse enrolled = send("POST", "/v1/stations/enroll", R"({"enrollmentCode":"CODE-1"})", {});
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = QJsonDocument::fromJson(enrolled.body).object().value("token").toString().toLatin1();

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<QByteArray> bodies{
            {},
            "not json",
            "{}",
            QStringLiteral(R"({"items":[{"id":"%1","kind":"rating","payload":{}}]})").arg(id).toUtf8(),
            R"({"idNumber":"11010519491231002X"})",
            R"({"enrollmentCode":"nope"})",
            QByteArray(8000, 'x'),
        };
        int checked = 0;
        for (const auto &route : ApiRouter::routes()) {
            const QString key = route.method + u' ' + route.pattern;
            const QSet<int> codes = documented.value(key);
            for (const QString &path : {QString(route.pattern).replace(QStringLiteral("{id}"), id),
                                        QString(route.pattern).replace(QStringLiteral("{id}"), QStringLiteral("bad"))}) {
                for (const QByteArray &body : bodies) {
                    for (const QByteArray &tok : {token, QByteArray("wrong"), QByteArray()}) {
                        const ApiResponse r = send(route.method, path, body, tok);
                        contract::recordResponseSample(route.method, path, r.status, r.body);
                        QVERIFY2(codes.contains(r.status),
                                 qPrintable(QStringLiteral("%1 answered %2, not documented").arg(key).arg(r.status)));
                        QVERIFY2(QJsonDocument::fromJson(r.body).isObject(), qPrintable(key + " answered non-JSON"));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 100);
    }
};

KIOSK_STORAGE_TEST_MAIN(OpenApiTest)
#include "tst_openapi.moc"
