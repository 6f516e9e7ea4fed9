// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated reader as a device (bytes in, bytes out) and the reader service driving it.
#include "cardbytes.h"

#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/readerservice.h"
#include "drivers/idcard/simulatedreader.h"

#include "core/idnumber.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace idcard;

namespace {

QByteArray request(const char *hexAfterPreamble)
{
    return QByteArray::fromHex("aaaaaa9669") + QByteArray::fromHex(hexAfterPreamble);
}

const QByteArray status = request("000311ffed");
const QByteArray findCard = request("0003200122");
const QByteArray selectCard = request("0003200221");
const QByteArray readText = request("0003300132");
const QByteArray readFingerprint = request("0003301023");

quint8 sw3Of(const QByteArray &answer)
{
    return answer.size() > 9 ? quint8(answer[9]) : 0;
}

} // namespace

class TestIdCardSimulated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void answersLikeAReader()
    {
        SimulatedReader reader;
        QCOMPARE(reader.receive(status), QByteArray::fromHex("aaaaaa9669 0004 000090 94"));
        QCOMPARE(reader.receive(findCard), cardbytes::response(0x80));
        QCOMPARE(reader.receive(selectCard), cardbytes::response(0x81));

        reader.presentDemoCard(0);
        QCOMPARE(reader.receive(readText), cardbytes::response(0x41)); // not selected yet
        QCOMPARE(reader.receive(findCard), cardbytes::response(0x9f));
        QCOMPARE(reader.receive(selectCard), cardbytes::response(0x90));
        const QByteArray answer = reader.receive(readText);
        QCOMPARE(answer.size(), 1295);
        QCOMPARE(sw3Of(answer), quint8(0x90));
        QCOMPARE(answer.mid(7, 7), QByteArray::fromHex("000090 0100 0400"));

        // The card has been read: it must leave the field before it is found again.
        QCOMPARE(reader.receive(findCard), cardbytes::response(0x80));
        reader.removeCard();
        QCOMPARE(reader.receive(findCard), cardbytes::response(0x80));
        reader.presentDemoCard(5);
        QCOMPARE(reader.receive(findCard), cardbytes::response(0x9f));
        QCOMPARE(reader.receive(selectCard), cardbytes::response(0x90));
        QCOMPARE(reader.receive(readFingerprint).size(), 2321);
    }

    void answersWrongChecksumsAndUnknownCommands()
    {
        SimulatedReader reader;
        QByteArray bad = status;
        bad[bad.size() - 1] = char(0xee);
        QCOMPARE(reader.receive(bad), cardbytes::response(0x10));
        QCOMPARE(reader.receive(cardbytes::frame(QByteArray::fromHex("3003"))), cardbytes::response(0x21));
        QCOMPARE(reader.receive(QByteArray::fromHex("aaaaaa9669 ffff")), cardbytes::response(0x11));
        QCOMPARE(reader.receive(status), cardbytes::response(0x90)); // still talking after all that
    }

    void requestsArriveOneByteAtATime()
    {
        SimulatedReader reader;
        for (qsizetype i = 0; i < status.size() - 1; ++i)
            QVERIFY(reader.receive(status.sliced(i, 1)).isEmpty());
        QCOMPARE(reader.receive(status.last(1)), cardbytes::response(0x90));
    }

    void demoIdentitiesCoverEveryTypeWithValidNumbers()
    {
        const QList<IdCard> cards = DemoIdentities::all();
        QCOMPARE(cards.size(), DemoIdentities::labels().size());
        QSet<int> types;
        int expired = 0;
        for (const IdCard &card : cards) {
            types.insert(int(card.type));
            if (card.isExpired(QDate::currentDate()))
                ++expired;
            if (card.type != CardType::ForeignPermanentOld) {
                QVERIFY2(core::IdNumber::isValid(card.idNumber), qPrintable(card.maskedIdNumber()));
                QCOMPARE(card.idNumber.back(), cardbytes::checkCharacter(card.idNumber.left(17)));
                QVERIFY(card.idNumberValid);
            } else {
                QCOMPARE(card.idNumber.size(), 15);
            }
        }
        QCOMPARE(types.size(), 4);
        QCOMPARE(expired, 1);
    }

    void serviceReadsPresentedCards()
    {
        ReaderSettings settings;
        settings.setTransport(u"simulated");
        settings.pollIntervalMs = 20;
        settings.removeCardMs = 300;
        ReaderService service(settings);
        QVERIFY(service.hasSimulatedReader());

        QList<ReaderState> states;
        bool onGuiThread = true;
        connect(&service, &ReaderService::stateChanged, this, [&](ReaderState s, const core::TranslatableText &) {
            states << s;
            onGuiThread = onGuiThread && QThread::currentThread() == thread();
        });
        QSignalSpy cards(&service, &ReaderService::cardRead);
        service.start();
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QCOMPARE(service.readerDescription(), QStringLiteral("simulated"));

        QTest::qWait(100);
        QCOMPARE(cards.count(), 0); // nothing on the reader, nothing read

        QVERIFY(service.presentSimulatedCard(3));
        QTRY_COMPARE(cards.count(), 1);
        const auto card = cards.at(0).at(0).value<IdCard>();
        QCOMPARE(card.type, CardType::ResidencePermit);
        QCOMPARE(card, DemoIdentities::all().at(3));
        QTRY_COMPARE(service.state(), ReaderState::RemoveCard);

        // Left on the reader, the card is not read again.
        QTest::qWait(150);
        QCOMPARE(cards.count(), 1);
        QTRY_COMPARE(service.state(), ReaderState::Ready);
        QCOMPARE(cards.count(), 1);

        service.removeSimulatedCard();
        QVERIFY(service.presentSimulatedCard(4));
        QTRY_COMPARE(cards.count(), 2);
        QCOMPARE(cards.at(1).at(0).value<IdCard>().type, CardType::ForeignPermanentOld);
        QVERIFY(!service.presentSimulatedCard(99));

        service.stop();
        QTRY_COMPARE(service.state(), ReaderState::NoReader);
        QVERIFY(service.readerDescription().isEmpty());
        QVERIFY(onGuiThread);
        const QList<ReaderState> expectedStart = {ReaderState::NoReader, ReaderState::Ready, ReaderState::Reading,
                                                  ReaderState::RemoveCard, ReaderState::Ready};
        QCOMPARE(states.mid(0, 5), expectedStart);
    }

    void serviceWithoutReaderSaysSoAndKeepsLooking()
    {
        ReaderSettings settings;
        settings.setTransport(u"serial:/nonexistent/ttyACM9");
        settings.pollIntervalMs = 20;
        settings.rescanIntervalMs = 50;
        ReaderService service(settings);
        QVERIFY(!service.hasSimulatedReader());
        QVERIFY(!service.presentSimulatedCard(0));
        QSignalSpy states(&service, &ReaderService::stateChanged);
        service.start();
        QTRY_VERIFY(states.count() >= 2); // NoReader, then NoReader with the reason
        QCOMPARE(service.state(), ReaderState::NoReader);
        QCOMPARE(service.reason().in(u"en"), QStringLiteral("No card reader is connected"));
        QVERIFY(!service.reason().in(u"zh").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdCardSimulated)
#include "tst_idcardsimulated.moc"
