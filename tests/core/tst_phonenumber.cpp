// SPDX-License-Identifier: GPL-3.0-or-later
// The one phone-number rule: what a visitor may type, how it is read back and masked.
#include "core/phonenumber.h"

#include <QTest>

using core::PhoneNumber;
using core::PhoneProblem;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("grouped");
        QTest::addColumn<bool>("mobile");
        QTest::newRow("mobile") << "13812345678" << "13812345678" << "138 1234 5678" << true;
        QTest::newRow("mobile in groups") << "138 1234-5678" << "13812345678" << "138 1234 5678" << true;
        QTest::newRow("full-width digits") << "１３９１２３４５６７８" << "13912345678" << "139 1234 5678" << true;
        QTest::newRow("+86 mobile") << "+86 199 1234 5678" << "19912345678" << "199 1234 5678" << true;
        QTest::newRow("0086 mobile") << "0086 13812345678" << "13812345678" << "138 1234 5678" << true;
        QTest::newRow("Beijing landline") << "010-62345678" << "01062345678" << "010 6234 5678" << false;
        QTest::newRow("Tianjin 7 digits") << "(022) 2345678" << "0222345678" << "022 234 5678" << false;
        QTest::newRow("4-digit area code") << "0755 8765 4321" << "075587654321" << "0755 8765 4321" << false;
        QTest::newRow("+86 landline") << "+86 755 8765 4321" << "075587654321" << "0755 8765 4321" << false;
    }
    void accepts()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(QString, grouped);
        QFETCH(bool, mobile);
        const auto phone = PhoneNumber::parse(typed);
        QVERIFY2(phone, qPrintable(typed));
        QCOMPARE(phone->digits(), digits);
        QCOMPARE(phone->grouped(), grouped);
        QCOMPARE(phone->kind() == PhoneNumber::Kind::Mobile, mobile);
        QVERIFY(PhoneNumber::problem(typed).in(u"en").isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << "  " << int(PhoneProblem::Empty);
        QTest::newRow("letters") << "138abc45678" << int(PhoneProblem::BadCharacter);
        QTest::newRow("10-digit mobile") << "1381234567" << int(PhoneProblem::TooShort);
        QTest::newRow("12-digit mobile") << "138123456789" << int(PhoneProblem::TooLong);
        QTest::newRow("12 prefix") << "12812345678" << int(PhoneProblem::NotAPhoneNumber);
        QTest::newRow("no area code") << "87654321" << int(PhoneProblem::TooShort);
        QTest::newRow("short landline") << "010123456" << int(PhoneProblem::TooShort);
        QTest::newRow("long landline") << "0755876543210" << int(PhoneProblem::TooLong);
        QTest::newRow("local starts with 1") << "0101234567" << int(PhoneProblem::NotAPhoneNumber);
        QTest::newRow("emergency") << "110" << int(PhoneProblem::TooShort);
        QTest::newRow("other") << "5551234567" << int(PhoneProblem::NotAPhoneNumber);
    }
    void refuses()
    {
        QFETCH(QString, typed);
        QFETCH(int, problem);
        PhoneProblem found = PhoneProblem::None;
        QVERIFY(!PhoneNumber::parse(typed, &found));
        QCOMPARE(int(found), problem);
        const core::TranslatableText words = PhoneNumber::problem(typed);
        QVERIFY(!words.in(u"zh").isEmpty());
        QVERIFY(!words.in(u"en").isEmpty());
    }

    void masksForScreensAndLogs()
    {
        QCOMPARE(PhoneNumber::parse(u"13812345678")->masked(), QStringLiteral("138****5678"));
        QVERIFY(!PhoneNumber::parse(u"075587654321")->masked().contains(u"8765"));
    }

    void keypadKnowsWhenToStop()
    {
        QCOMPARE(PhoneNumber::maxDigits(u""), 11);
        QCOMPARE(PhoneNumber::maxDigits(u"138"), 11);
        QCOMPARE(PhoneNumber::maxDigits(u"010"), 11);
        QCOMPARE(PhoneNumber::maxDigits(u"0755"), 12);
    }
};

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
