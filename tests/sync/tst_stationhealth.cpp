// SPDX-License-Identifier: GPL-3.0-or-later
// The station's state on the wire (core::wire::StationHealth inside PushBatch): what the kiosk
// builds reads back the same, every wrong field is refused naming the field in plain words, and
// the kiosk's own words for the reader, the speaker and a parked reason, whose phone or ID
// numbers are hidden however they are written (the rule the server applies again).
#include "contractsample.h"

#include "core/wire/pushbatch.h"
#include "core/wire/stationhealth.h"
#include "kiosk/sync/stationcondition.h"
#include "kiosk/store/database.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/stationhealthreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using core::wire::FieldProblem;
using core::wire::PushBatch;
using core::wire::StationHealth;
using kiosksync::StationCondition;
using kiosksync::StationHealthReport;

namespace {

StationHealth sample()
{
    StationHealth h;
    h.version = QStringLiteral("0.17.0");
    h.reader = QStringLiteral("simulated");
    h.speaker = QStringLiteral("muted");
    h.freeDiskBytes = 123456789012;
    h.parked = {{QStringLiteral("volunteer_request"), QStringLiteral("helpType: unknown help type \"x\""),
                 QStringLiteral("2026-12-02T04:12:03Z")}};
    h.parkedCount = 3;
    return h;
}

QJsonObject batchWith(const QJsonObject &station, bool withItem)
{
    QJsonArray items;
    if (withItem)
        items.append(QJsonObject{{"id", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"},
                                 {"kind", "help_call"},
                                 {"createdAt", "2026-12-02T04:12:03Z"},
                                 {"payload", QJsonObject{{"id", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"},
                                                         {"createdAt", "2026-12-02T04:12:03Z"},
                                                         {"reason", "help_at_kiosk"}}}});
    return {{"items", items}, {"station", station}};
}

} // namespace

class StationHealthTest : public QObject
{
    Q_OBJECT

private slots:
    void whatTheKioskSendsReadsBackTheSame()
    {
        PushBatch batch;
        batch.backlog = 0;
        batch.station = sample();
        FieldProblem problem;
        const auto back = PushBatch::fromJson(batch.toJson(), &problem);
        QVERIFY2(back, qPrintable(problem.field + u' ' + problem.message));
        QVERIFY(back->station);
        QCOMPARE(*back->station, sample());
        QVERIFY(back->items.isEmpty());
        // A push with only the state, as the kiosk sends it while its outbox is empty.
        contract::recordSchemaSample(QStringLiteral("PushBatch"), QJsonDocument::fromJson(batch.toJson()).object());
        contract::recordSchemaSample(QStringLiteral("StationHealth"), sample().toJson());
    }

    void aBatchWithItemsCarriesTheStateToo()
    {
        const QJsonObject body = batchWith(sample().toJson(), true);
        FieldProblem problem;
        const auto batch = PushBatch::fromJson(QJsonDocument(body).toJson(), &problem);
        QVERIFY2(batch, qPrintable(problem.message));
        QCOMPARE(batch->items.size(), 1);
        QCOMPARE(batch->station->parked.first().kind, QStringLiteral("volunteer_request"));
        contract::recordSchemaSample(QStringLiteral("PushBatch"), body);
    }

    void anUnknownFreeDiskIsLeftOut()
    {
        StationHealth h = sample();
        h.freeDiskBytes = -1;
        QVERIFY(!h.toJson().contains(QStringLiteral("freeDiskBytes")));
        const auto back = StationHealth::fromJson(h.toJson(), QStringLiteral("station"), nullptr);
        QVERIFY(back);
        QCOMPARE(back->freeDiskBytes, -1);
    }

    void noItemsAndNoStateIsStillRefused()
    {
        FieldProblem problem;
        QVERIFY(!PushBatch::fromJson(R"({"items": []})", &problem));
        QCOMPARE(problem.field, QStringLiteral("items"));
        QVERIFY2(problem.message.contains(u"at least one item"), qPrintable(problem.message));
    }

    void badFieldsAreRefusedInPlainWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("words");
        QTest::newRow("reader word") << "reader" << QJsonValue("broken") << "station.reader" << "must be one of ok, absent, simulated, error";
        QTest::newRow("speaker word") << "speaker" << QJsonValue("loud") << "station.speaker" << "must be one of ok, absent, muted, error";
        QTest::newRow("reader not text") << "reader" << QJsonValue(1) << "station.reader" << "must be one of";
        QTest::newRow("version empty") << "version" << QJsonValue("") << "station.version" << "software version";
        QTest::newRow("version long") << "version" << QJsonValue(QString(41, u'1')) << "station.version" << "1 to 40";
        QTest::newRow("disk negative") << "freeDiskBytes" << QJsonValue(-5) << "station.freeDiskBytes" << "whole number of bytes";
        QTest::newRow("disk fraction") << "freeDiskBytes" << QJsonValue(1.5) << "station.freeDiskBytes" << "whole number of bytes";
        QTest::newRow("disk text") << "freeDiskBytes" << QJsonValue("10") << "station.freeDiskBytes" << "whole number of bytes";
        QTest::newRow("parked not list") << "parked" << QJsonValue("none") << "station.parked" << "must be an array";
        QTest::newRow("count missing") << "parkedCount" << QJsonValue() << "station.parkedCount" << "whole number";
        QTest::newRow("count below list") << "parkedCount" << QJsonValue(0) << "station.parkedCount" << "at least the 1 parked";
        QTest::newRow("unknown field") << "battery" << QJsonValue(80) << "station.battery" << "not a field";
    }

    void badFieldsAreRefusedInPlainWords()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QFETCH(QString, words);
        QJsonObject station = sample().toJson();
        if (value.isNull())
            station.remove(field);
        else
            station.insert(field, value);
        FieldProblem problem;
        QVERIFY(!PushBatch::fromJson(QJsonDocument(batchWith(station, true)).toJson(), &problem));
        QCOMPARE(problem.field, named);
        QVERIFY2(problem.message.contains(words), qPrintable(problem.message));
    }

    void badParkedItemsAreNamedByTheirPlace_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("kind empty") << "kind" << QJsonValue("") << "station.parked[0].kind";
        QTest::newRow("reason empty") << "reason" << QJsonValue("") << "station.parked[0].reason";
        QTest::newRow("reason two lines") << "reason" << QJsonValue("a\nb") << "station.parked[0].reason";
        QTest::newRow("reason long") << "reason" << QJsonValue(QString(301, u'a')) << "station.parked[0].reason";
        QTest::newRow("since no zone") << "since" << QJsonValue("2026-12-02T04:12:03") << "station.parked[0].since";
        QTest::newRow("since no time") << "since" << QJsonValue("yesterday") << "station.parked[0].since";
        QTest::newRow("extra") << "payload" << QJsonValue(QJsonObject{{"phone", "13812345678"}}) << "station.parked[0].payload";
    }

    void badParkedItemsAreNamedByTheirPlace()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject station = sample().toJson();
        QJsonArray parked = station.value("parked").toArray();
        QJsonObject item = parked.first().toObject();
        item.insert(field, value);
        parked[0] = item;
        station.insert("parked", parked);
        FieldProblem problem;
        QVERIFY(!StationHealth::fromJson(station, QStringLiteral("station"), &problem));
        QCOMPARE(problem.field, named);
        QVERIFY(!problem.message.isEmpty());
    }

    void atMostTwentyParkedItemsTravel()
    {
        StationHealth h = sample();
        h.parked = QList<StationHealth::ParkedItem>(21, h.parked.first());
        h.parkedCount = 21;
        FieldProblem problem;
        QVERIFY(!StationHealth::fromJson(h.toJson(), QStringLiteral("station"), &problem));
        QCOMPARE(problem.field, QStringLiteral("station.parked"));
        QVERIFY2(problem.message.contains(u"at most 20"), qPrintable(problem.message));
        h.parked.removeLast();
        QVERIFY(StationHealth::fromJson(h.toJson(), QStringLiteral("station"), &problem));
    }

    void theReaderAsTheKioskShowsIt()
    {
        QCOMPARE(StationCondition::readerWord("ready", "usb 0400:c35a bus 1 device 4"), QStringLiteral("ok"));
        QCOMPARE(StationCondition::readerWord("reading", "serial /dev/ttyACM0"), QStringLiteral("ok"));
        QCOMPARE(StationCondition::readerWord("ready", "simulated"), QStringLiteral("simulated"));
        QCOMPARE(StationCondition::readerWord("none", ""), QStringLiteral("absent"));
        QCOMPARE(StationCondition::readerWord("error", "usb 0400:c35a bus 1 device 4"), QStringLiteral("error"));
    }

    void theSpeakerAsTheVoiceAndJackShowIt()
    {
        QCOMPARE(StationCondition::speakerWord(false, false, false), QStringLiteral("absent"));
        QCOMPARE(StationCondition::speakerWord(false, true, false), QStringLiteral("error"));
        QCOMPARE(StationCondition::speakerWord(true, true, true), QStringLiteral("muted"));
        QCOMPARE(StationCondition::speakerWord(true, true, false), QStringLiteral("ok"));
        for (const QString &word : {StationCondition::speakerWord(false, true, true), StationCondition::readerWord("x", "")})
            QVERIFY(StationHealth::speakerStates().contains(word) || StationHealth::readerStates().contains(word));
    }

    void aParkedReasonNeverCarriesALongNumber()
    {
        QCOMPARE(StationHealth::plainReason("phone: 13812345678 is not a number"),
                 QStringLiteral("phone: *** is not a number"));
        QCOMPARE(StationHealth::plainReason("visitor 11010119900307123X"), QStringLiteral("visitor ***"));
        // A volunteer number (six digits) and the server's own words stay as they are.
        QCOMPARE(StationHealth::plainReason("visitorKey: already registered as volunteer TJ-V-000012"),
                 QStringLiteral("visitorKey: already registered as volunteer TJ-V-000012"));
        QCOMPARE(StationHealth::plainReason("two\nlines"), QStringLiteral("two lines"));
        QCOMPARE(StationHealth::plainReason("  "), QStringLiteral("refused by the server"));
        const QString cut = StationHealth::plainReason(QString(500, u'a'));
        QCOMPARE(cut.size(), StationHealth::maxReasonLength);
        // What the kiosk makes of any reason passes the wire's own check.
        StationHealth h = sample();
        h.parked.first().reason = StationHealth::plainReason(QString(500, u'\n') + "x");
        QVERIFY(StationHealth::fromJson(h.toJson(), QString(), nullptr));
    }

    void numbersInGroupsAreHiddenToo_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("plain");
        QTest::newRow("spaced phone") << "phone: 138 1234 5678 is not a number" << "phone: *** is not a number";
        QTest::newRow("dashed phone") << "phone 138-1234-5678 refused" << "phone *** refused";
        QTest::newRow("dotted phone") << "call 138.1234.5678." << "call ***.";
        QTest::newRow("landline") << "tel (022) 2345-6789" << "tel (022) ***";
        QTest::newRow("full-width") << QString::fromUtf8("电话 １３８ １２３４ ５６７８ 无效") << QString::fromUtf8("电话 *** 无效");
        QTest::newRow("ID with X") << "idNumber 11010119900307123X taken" << "idNumber *** taken";
        QTest::newRow("ID lower x") << "idNumber 11010119900307123x" << "idNumber ***";
        QTest::newRow("grouped ID") << "idNumber 110101 19900307 123X taken" << "idNumber *** taken";
        QTest::newRow("dashed ID") << "id 110101-1990-0307-123X" << "id ***";
        QTest::newRow("old ID") << "id 110105491231002" << "id ***";
        QTest::newRow("a day") << "slot on 2026-12-02 is closed." << "slot on 2026-12-02 is closed.";
        QTest::newRow("a day and time") << "starts 2026-12-02T09:30:00Z" << "starts 2026-12-02T09:30:00Z";
        QTest::newRow("six digits") << "volunteer TJ-V-000012 2 hours" << "volunteer TJ-V-000012 2 hours";
        QTest::newRow("counts") << "3 of 20 places, 1,250 in all" << "3 of 20 places, 1,250 in all";
    }

    void numbersInGroupsAreHiddenToo()
    {
        QFETCH(QString, reason);
        QFETCH(QString, plain);
        QCOMPARE(StationHealth::plainReason(reason), plain);
    }

    void theKioskSendsParkedReasonsWithoutNumbers()
    {
        // Parked rows in a real store, as the sync thread reads them for the report.
        QTemporaryDir dir;
        store::Database db(dir.filePath(QStringLiteral("kiosk.sqlite")));
        QVERIFY(db.open().ok());
        const QStringList reasons{"phone 138 1234 5678 refused", "phone 138-1234-5678 refused",
                                  "idNumber 110101 19900307 123X refused"};
        for (qsizetype i = 0; i < reasons.size(); ++i)
            QVERIFY(db.exec("INSERT INTO outbox(id, kind, payload, created_at, parked_reason) VALUES(?, ?, ?, ?, ?)",
                            {QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-00000000000%1").arg(i), "volunteer_request", "{}",
                             "2026-12-02T04:12:0" + QString::number(i) + "Z", reasons.at(i)}).ok());
        store::SyncQueue queue(db);
        StationCondition condition;
        const StationHealth h = StationHealthReport::build(queue, dir.filePath(QStringLiteral("kiosk.sqlite")), condition);
        QCOMPARE(h.parkedCount, 3);
        QCOMPARE(h.parked.size(), 3);
        for (const auto &p : h.parked)
            QCOMPARE(p.reason, p.reason.startsWith(u"phone") ? QStringLiteral("phone *** refused")
                                                             : QStringLiteral("idNumber *** refused"));
    }
};

QTEST_GUILESS_MAIN(StationHealthTest)
#include "tst_stationhealth.moc"
