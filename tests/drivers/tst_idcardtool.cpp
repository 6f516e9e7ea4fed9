// SPDX-License-Identifier: GPL-3.0-or-later
// The `idcard` tool as a technician uses it: decode a frame, read from the simulated reader.
#include "cardbytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(IDCARD_TOOL), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Hex as a technician would paste it: spaced bytes, wrapped lines.
QByteArray pasted(const QByteArray &bytes)
{
    QByteArray hex = bytes.toHex(' ');
    for (qsizetype i = 48; i < hex.size(); i += 48)
        hex[i - 1] = '\n';
    return hex + "\n";
}

} // namespace

class TestIdCardTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeJsonOfABuiltFrame()
    {
        QByteArray text = cardbytes::residentText();
        cardbytes::put(text, 204, 16, QStringLiteral("长期"));
        const QByteArray frame = cardbytes::response(0x90, cardbytes::readData(text));
        const Run r = runTool({QStringLiteral("decode"), QStringLiteral("--json")}, pasted(frame));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1); // one JSON object, one line
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("resident"));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("测试员"));
        QCOMPARE(o.value(QLatin1String("sex")).toString(), QStringLiteral("male"));
        QCOMPARE(o.value(QLatin1String("nation")).toString(), QStringLiteral("回族"));
        QCOMPARE(o.value(QLatin1String("birth")).toString(), QStringLiteral("1991-01-01"));
        QCOMPARE(o.value(QLatin1String("address")).toString(), QStringLiteral("江西省某县某镇某村1号"));
        QCOMPARE(o.value(QLatin1String("id_number")).toString(), QStringLiteral("360426199101010071"));
        QCOMPARE(o.value(QLatin1String("issuer")).toString(), QStringLiteral("某县公安局"));
        QCOMPARE(o.value(QLatin1String("valid_from")).toString(), QStringLiteral("2011-01-01"));
        QCOMPARE(o.value(QLatin1String("valid_to")).toString(), QStringLiteral("long-term"));
    }

    void decodeJsonOfAPermitJ()
    {
        QByteArray text = cardbytes::residentText();
        cardbytes::put(text, 220, 18, QStringLiteral("H01234567"));
        cardbytes::put(text, 238, 4, QStringLiteral("03"));
        cardbytes::put(text, 248, 2, QStringLiteral("J"));
        const Run r = runTool({QStringLiteral("decode"), QStringLiteral("--json")},
                              pasted(cardbytes::response(0x90, cardbytes::readDataWithFingerprint(text))));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("J"));
        QCOMPARE(o.value(QLatin1String("pass_number")).toString(), QStringLiteral("H01234567"));
        QCOMPARE(o.value(QLatin1String("issue_count")).toString(), QStringLiteral("03"));
    }

    void decodeErrorsInOneLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QByteArray bad = cardbytes::response(0x90, cardbytes::readData(cardbytes::residentText()));
        bad[bad.size() - 1] = char(bad.back() ^ 0xff);
        QTest::newRow("checksum") << pasted(bad) << QStringLiteral("checksum");
        QTest::newRow("no card") << pasted(cardbytes::response(0x80)) << QStringLiteral("No card");
        QTest::newRow("truncated") << pasted(cardbytes::response(0x90).first(9)) << QStringLiteral("no complete frame");
        QTest::newRow("not hex") << QByteArray("aa aa zz\n") << QStringLiteral("not hex");
        QTest::newRow("oversize") << QByteArray("aaaaaa9669 2000 0000") << QStringLiteral("impossible length");
    }
    void decodeErrorsInOneLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Run r = runTool({QStringLiteral("decode")}, input);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void readMasksTheIdNumberUnlessAsked()
    {
        const QStringList base = {QStringLiteral("read"), QStringLiteral("--json"), QStringLiteral("--transport"),
                                  QStringLiteral("simulated"), QStringLiteral("--demo"), QStringLiteral("1")};
        const Run masked = runTool(base);
        QCOMPARE(masked.exitCode, 0);
        const QString id = QJsonDocument::fromJson(masked.out).object().value(QLatin1String("id_number")).toString();
        QCOMPARE(id.size(), 18);
        QCOMPARE(id.mid(6, 8), QStringLiteral("********"));

        const Run full = runTool(base + QStringList{QStringLiteral("--show-full-id")});
        QCOMPARE(full.exitCode, 0);
        const QString whole = QJsonDocument::fromJson(full.out).object().value(QLatin1String("id_number")).toString();
        QVERIFY(!whole.contains(u'*'));
        QCOMPARE(whole.left(6), id.left(6));
    }

    void selftestOnTheSimulatedReader()
    {
        const Run r = runTool({QStringLiteral("selftest"), QStringLiteral("--transport"), QStringLiteral("simulated")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("SAM status: ok"));
        QVERIFY(r.out.contains("SAM id: "));
    }
};

QTEST_GUILESS_MAIN(TestIdCardTool)
#include "tst_idcardtool.moc"
