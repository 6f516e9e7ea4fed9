// SPDX-License-Identifier: GPL-3.0-or-later
// server/console/openapi.yaml documents exactly the console routes the server serves, and every
// route but the sign-in says what a signed-out caller gets.
#include "server/console/consolerouter.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace server::console;

namespace {

/// "POST /console/api/session" -> the status codes documented for it, read by indentation
/// (paths at 2 spaces, methods at 4, status codes at 8, as the file is written).
QMap<QString, QSet<QString>> documentedRoutes(const QString &fileName)
{
    QMap<QString, QSet<QString>> routes;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return routes;
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
    static const QRegularExpression codeLine(QStringLiteral("^        '?\"?(\\d{3})'?\"?:"));
    bool inPaths = false;
    QString path, current;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(u' ') && !line.isEmpty())
            inPaths = line.startsWith(u"paths:");
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            current.clear();
        } else if (const auto m = methodLine.match(line); m.hasMatch()) {
            current = m.captured(1).toUpper() + u' ' + path;
            routes[current];
        } else if (const auto m = codeLine.match(line); m.hasMatch() && !current.isEmpty()) {
            routes[current].insert(m.captured(1));
        }
    }
    return routes;
}

} // namespace

class ConsoleOpenApiTest : public QObject
{
    Q_OBJECT

private slots:
    void documentsExactlyTheServedRoutes()
    {
        const auto documented = documentedRoutes(QStringLiteral(KIOSK_CONSOLE_OPENAPI));
        QVERIFY2(!documented.isEmpty(), "server/console/openapi.yaml could not be read");
        QSet<QString> served;
        for (const ConsoleRoute &route : ConsoleRouter::routes())
            served.insert(route.method + u' ' + route.pattern);
        const QSet<QString> documentedNames(documented.keyBegin(), documented.keyEnd());
        for (const QString &route : served - documentedNames)
            qWarning().noquote() << "served but not documented:" << route;
        for (const QString &route : documentedNames - served)
            qWarning().noquote() << "documented but not served:" << route;
        QCOMPARE(served, documentedNames);
    }

    void signedOutAnswersAreDocumented()
    {
        const auto documented = documentedRoutes(QStringLiteral(KIOSK_CONSOLE_OPENAPI));
        for (const ConsoleRoute &route : ConsoleRouter::routes()) {
            if (route.publicRoute)
                continue;
            const QString name = route.method + u' ' + route.pattern;
            QVERIFY2(documented.value(name).contains(QStringLiteral("401")), qPrintable(name + QStringLiteral(" documents no 401")));
        }
    }
};

QTEST_GUILESS_MAIN(ConsoleOpenApiTest)
#include "tst_consoleopenapi.moc"
