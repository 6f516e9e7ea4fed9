// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/masking.h"

#include <QTest>

/// @brief What a screen or a log may show of a personal number.
class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void idNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << "110101199003071234" << "110101********1234";
        QTest::newRow("X") << "11010519491231002X" << "110105********002X";
        QTest::newRow("grouped") << "110101 19900307 1234" << "110101********1234";
        QTest::newRow("15") << "110105491231002" << "110105*****1002";
        QTest::newRow("partial") << "1101011990" << "**********";
        QTest::newRow("empty") << "" << "";
    }

    void idNumber()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(core::maskIdNumber(input), masked);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << "13812345678" << "138****5678";
        QTest::newRow("spaced") << "138 1234 5678" << "138****5678";
        QTest::newRow("landline") << "02223456789" << "022****6789";
        QTest::newRow("short") << "1234567" << "*******";
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(core::maskPhone(input), masked);
    }

    void group_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("18") << "110101199003071234" << "110101 19900307 1234";
        QTest::newRow("already grouped") << "110101 19900307 1234" << "110101 19900307 1234";
        QTest::newRow("other length") << "1101 01" << "110101";
    }

    void group()
    {
        QFETCH(QString, input);
        QFETCH(QString, grouped);
        QCOMPARE(core::groupIdNumber(input), grouped);
    }

    void maskedNeverShowsTheMiddle()
    {
        const QString id = QStringLiteral("110101199003071234");
        const QString masked = core::maskIdNumber(id);
        QVERIFY(!masked.contains(u"19900307"));
        QCOMPARE(masked.size(), id.size());
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
