// SPDX-License-Identifier: GPL-3.0-or-later
// The 256-byte text block of every card type and the read answers, built byte by byte here.
#include "cardbytes.h"

#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/response.h"

#include <QTest>

using namespace idcard;
using cardbytes::put;

class TestIdCardParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentCard()
    {
        const auto card = CardParser::parseText(cardbytes::residentText());
        QVERIFY(card.has_value());
        QCOMPARE(card->type, CardType::Resident);
        QCOMPARE(card->name, QStringLiteral("测试员")); // padding trimmed
        QCOMPARE(card->sexCode, QStringLiteral("1"));
        QCOMPARE(card->sex.in(u"zh"), QStringLiteral("男"));
        QCOMPARE(card->sex.in(u"en"), QStringLiteral("male"));
        QCOMPARE(card->nationCode, QStringLiteral("03"));
        QCOMPARE(card->nation.in(u"zh"), QStringLiteral("回族"));
        QCOMPARE(card->nation.in(u"en"), QStringLiteral("Hui"));
        QCOMPARE(card->birthDate, QDate(1991, 1, 1));
        QCOMPARE(card->address, QStringLiteral("江西省某县某镇某村1号"));
        QCOMPARE(card->idNumber, QStringLiteral("360426199101010071"));
        QVERIFY(card->idNumberValid);
        QCOMPARE(card->issuer, QStringLiteral("某县公安局"));
        QCOMPARE(card->validFrom, QDate(2011, 1, 1));
        QCOMPARE(card->validTo, QDate(2031, 1, 1));
        QVERIFY(!card->longTerm);
        QVERIFY(!card->isExpired(QDate(2030, 12, 31)));
        QVERIFY(card->isExpired(QDate(2031, 1, 2)));
        QCOMPARE(card->maskedIdNumber(), QStringLiteral("360426********0071"));
    }

    void longTermCardNeverExpires()
    {
        QByteArray t = cardbytes::residentText();
        put(t, 204, 16, QStringLiteral("长期"));
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QVERIFY(card->longTerm);
        QVERIFY(!card->validTo.isValid());
        QVERIFY(!card->isExpired(QDate(2199, 1, 1)));
    }

    void wrongCheckCharacterIsFlagged()
    {
        QByteArray t = cardbytes::residentText();
        put(t, 122, 36, QStringLiteral("360426199101010072"));
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QVERIFY(!card->idNumberValid);
    }

    void impossibleDatesAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("value");
        QTest::newRow("birth 31 Feb") << 36 << QStringLiteral("19990231");
        QTest::newRow("birth letters") << 36 << QStringLiteral("1999O101");
        QTest::newRow("valid from month 13") << 188 << QStringLiteral("20111301");
        QTest::newRow("valid to words") << 204 << QStringLiteral("永久");
        QTest::newRow("valid to before from") << 204 << QStringLiteral("20100101");
    }
    void impossibleDatesAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(QString, value);
        QByteArray t = cardbytes::residentText();
        put(t, offset, 16, value);
        ReaderError error;
        QVERIFY(!CardParser::parseText(t, &error).has_value());
        QCOMPARE(error.kind(), ReaderError::Kind::Malformed);
        QVERIFY(!error.text().in(u"en").isEmpty());
    }

    void nulPaddingIsTrimmedToo()
    {
        QByteArray t = cardbytes::residentText();
        for (int i = 6; i < 30; ++i) // after the three characters of the name
            t[i] = '\0';
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QCOMPARE(card->name, QStringLiteral("测试员"));
    }

    void residencePermitJ()
    {
        QByteArray t = cardbytes::residentText();
        const QString first17 = QStringLiteral("81000019920815002");
        put(t, 0, 30, QStringLiteral("陈某"));
        put(t, 30, 2, QStringLiteral("2"));
        put(t, 32, 4, QString());
        put(t, 36, 16, QStringLiteral("19920815"));
        put(t, 122, 36, first17 + cardbytes::checkCharacter(first17));
        put(t, 220, 18, QStringLiteral("H01234567"));
        put(t, 238, 4, QStringLiteral("02"));
        put(t, 248, 2, QStringLiteral("J"));
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QCOMPARE(card->type, CardType::ResidencePermit);
        QCOMPARE(card->name, QStringLiteral("陈某"));
        QCOMPARE(card->sex.in(u"en"), QStringLiteral("female"));
        QCOMPARE(card->passNumber, QStringLiteral("H01234567"));
        QCOMPARE(card->issueCount, QStringLiteral("02"));
        QVERIFY(card->idNumberValid);
        QCOMPARE(card->birthDate, QDate(1992, 8, 15));
        QVERIFY(card->nation.in(u"zh").isEmpty());
    }

    void foreignPermanentResidentOldI()
    {
        QByteArray t = cardbytes::blankText();
        put(t, 0, 120, QStringLiteral("DOE, JANE"));
        put(t, 120, 2, QStringLiteral("2"));
        put(t, 122, 30, QStringLiteral("CAN110075123101"));
        put(t, 152, 6, QStringLiteral("CAN"));
        put(t, 158, 30, QStringLiteral("简多"));
        put(t, 188, 16, QStringLiteral("20150601"));
        put(t, 204, 16, QStringLiteral("20250601"));
        put(t, 220, 16, QStringLiteral("19751231"));
        put(t, 236, 4, QStringLiteral("02"));
        put(t, 240, 8, QStringLiteral("1100"));
        put(t, 248, 2, QStringLiteral("I"));
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QCOMPARE(card->type, CardType::ForeignPermanentOld);
        QCOMPARE(card->englishName, QStringLiteral("DOE, JANE"));
        QCOMPARE(card->name, QStringLiteral("简多"));
        QCOMPARE(card->sex.in(u"zh"), QStringLiteral("女"));
        QCOMPARE(card->idNumber, QStringLiteral("CAN110075123101"));
        QCOMPARE(card->nationality, QStringLiteral("CAN"));
        QCOMPARE(card->birthDate, QDate(1975, 12, 31));
        QCOMPARE(card->validTo, QDate(2025, 6, 1));
        QCOMPARE(card->cardVersion, QStringLiteral("02"));
        QCOMPARE(card->issuer, QStringLiteral("1100"));
        QVERIFY(card->isExpired(QDate(2026, 1, 1)));
    }

    void foreignPermanentResident2023Y()
    {
        QByteArray t = cardbytes::blankText();
        const QString english = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMNOP"); // 43 characters
        const QString first17 = QStringLiteral("93184019880229003");
        put(t, 0, 30, QStringLiteral("安娜"));
        put(t, 30, 2, QStringLiteral("1"));
        put(t, 32, 4, QStringLiteral("01"));
        put(t, 36, 16, QStringLiteral("19880229"));
        put(t, 52, 70, english.left(35));
        put(t, 122, 36, first17 + cardbytes::checkCharacter(first17));
        put(t, 188, 16, QStringLiteral("20230101"));
        put(t, 204, 16, QStringLiteral("20330101"));
        put(t, 220, 22, english.mid(35));
        put(t, 242, 6, QStringLiteral("USA"));
        put(t, 248, 2, QStringLiteral("Y"));
        put(t, 250, 6, QStringLiteral("1"));
        const auto card = CardParser::parseText(t);
        QVERIFY(card.has_value());
        QCOMPARE(card->type, CardType::ForeignPermanent2023);
        QCOMPARE(card->englishName, english);
        QCOMPARE(card->name, QStringLiteral("安娜"));
        QCOMPARE(card->issueCount, QStringLiteral("01"));
        QCOMPARE(card->birthDate, QDate(1988, 2, 29));
        QCOMPARE(card->nationality, QStringLiteral("USA"));
        QCOMPARE(card->oldPermitLink, QStringLiteral("1"));
        QVERIFY(card->idNumberValid);
    }

    void unknownMarkerIsRefused()
    {
        QByteArray t = cardbytes::residentText();
        put(t, 248, 2, QStringLiteral("Z"));
        ReaderError error;
        QVERIFY(!CardParser::parseText(t, &error));
        QCOMPARE(error.kind(), ReaderError::Kind::Malformed);
    }

    void wrongTextSizeIsRefused()
    {
        QVERIFY(!CardParser::parseText(cardbytes::residentText().first(254)));
        QVERIFY(!CardParser::parseText(QByteArray()));
    }

    void readAnswer3001()
    {
        const QByteArray frame = cardbytes::response(0x90, cardbytes::readData(cardbytes::residentText()));
        QCOMPARE(frame.size(), 1295);
        QCOMPARE(frame.mid(14, 256), cardbytes::residentText()); // text starts at byte 14
        FrameDecoder d;
        d.append(frame);
        QCOMPARE(d.next(), FrameDecoder::Result::Frame);
        const auto response = Response::fromBody(d.body());
        QVERIFY(response && response->succeeded());
        const auto card = CardParser::parseReadData(response->data);
        QVERIFY(card.has_value());
        QCOMPARE(card->name, QStringLiteral("测试员"));
    }

    void readAnswer3010WithFingerprint()
    {
        const QByteArray frame = cardbytes::response(0x90, cardbytes::readDataWithFingerprint(cardbytes::residentText()));
        QCOMPARE(frame.size(), 2321);
        QCOMPARE(frame.mid(16, 256), cardbytes::residentText()); // text starts at byte 16
        FrameDecoder d;
        d.append(frame);
        QCOMPARE(d.next(), FrameDecoder::Result::Frame);
        const auto card = CardParser::parseReadData(Response::fromBody(d.body())->data);
        QVERIFY(card.has_value());
        QCOMPARE(card->idNumber, QStringLiteral("360426199101010071"));
    }

    void readAnswerWithLengthsThatDoNotAddUp()
    {
        QByteArray data = cardbytes::readData(cardbytes::residentText());
        data.chop(1);
        ReaderError error;
        QVERIFY(!CardParser::parseReadData(data, &error));
        QCOMPARE(error.kind(), ReaderError::Kind::Malformed);
        QVERIFY(!CardParser::parseReadData(QByteArray::fromHex("0100"), &error));
        // A text length other than 256 is refused even when the lengths add up.
        QByteArray odd = cardbytes::readData(cardbytes::residentText().first(200));
        QVERIFY(!CardParser::parseReadData(odd, &error));
    }
};

QTEST_GUILESS_MAIN(TestIdCardParser)
#include "tst_idcardparser.moc"
