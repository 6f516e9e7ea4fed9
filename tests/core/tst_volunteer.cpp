// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/starlevel.h"
#include "core/volunteerhours.h"

#include <QTest>

using core::StarLevel;
using core::VolunteerHours;

/// @brief Volunteer hours as recorded, and the star level a volunteer sees.
class TestVolunteer : public QObject
{
    Q_OBJECT

private slots:
    void servedTime_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("halfHours");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << 0 << 0 << "0";
        QTest::newRow("29 min") << 29 << 0 << "0";
        QTest::newRow("30 min") << 30 << 1 << "0.5";
        QTest::newRow("89 min") << 89 << 2 << "1";
        QTest::newRow("90 min") << 90 << 3 << "1.5";
        QTest::newRow("3 h") << 180 << 6 << "3";
        QTest::newRow("out before in") << -45 << 0 << "0";
    }

    void servedTime()
    {
        QFETCH(int, minutes);
        QFETCH(int, halfHours);
        QFETCH(QString, text);
        const QDateTime in(QDate(2025, 7, 6), QTime(9, 0), Qt::UTC);
        const auto h = VolunteerHours::fromServedTime(in, in.addSecs(qint64(minutes) * 60));
        QCOMPARE(h.halfHours(), halfHours);
        QCOMPARE(h.text(), text);
        QCOMPARE(h.hours(), halfHours / 2.0);
    }

    void stars_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("stars");
        QTest::addColumn<double>("toNext");
        QTest::newRow("new") << 0.0 << 0 << 100.0;
        QTest::newRow("99.5 h") << 99.5 << 0 << 0.5;
        QTest::newRow("100 h") << 100.0 << 1 << 200.0;
        QTest::newRow("299.5 h") << 299.5 << 1 << 0.5;
        QTest::newRow("300 h") << 300.0 << 2 << 300.0;
        QTest::newRow("600 h") << 600.0 << 3 << 400.0;
        QTest::newRow("999 h") << 999.0 << 3 << 1.0;
        QTest::newRow("1000 h") << 1000.0 << 4 << 500.0;
        QTest::newRow("1500 h") << 1500.0 << 5 << -1.0;
        QTest::newRow("4000 h") << 4000.0 << 5 << -1.0;
    }

    void stars()
    {
        QFETCH(double, hours);
        QFETCH(int, stars);
        QFETCH(double, toNext);
        const auto h = VolunteerHours::fromHalfHours(qint64(hours * 2));
        QCOMPARE(StarLevel::starsFor(h), stars);
        const auto next = StarLevel::toNextStar(h);
        if (toNext < 0) {
            QVERIFY(!next);
        } else {
            QVERIFY(next);
            QCOMPARE(next->hours(), toNext);
        }
    }

    void titles()
    {
        QCOMPARE(StarLevel::title(3).in(u"zh"), QStringLiteral("三星志愿者"));
        QCOMPARE(StarLevel::title(5).in(u"en"), QStringLiteral("5-star volunteer"));
        QCOMPARE(StarLevel::title(0).in(u"en"), QStringLiteral("Volunteer"));
    }

    void sumsAreExact()
    {
        VolunteerHours total;
        for (int i = 0; i < 201; ++i)
            total = total + VolunteerHours::fromMinutes(30);
        QCOMPARE(total.text(), QStringLiteral("100.5"));
        QCOMPARE(StarLevel::starsFor(total), 1);
    }
};

QTEST_GUILESS_MAIN(TestVolunteer)
#include "tst_volunteer.moc"
