// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weeklyhours.h"

#include <QTest>

using core::WeeklyHours;

/// @brief The weekly opening pattern staff type for a service: read, written back, asked.
class TestWeeklyHours : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("design example") << "mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30"
                                        << "mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30";
        QTest::newRow("one day") << "wed 09:00-10:00" << "wed 09:00-10:00";
        QTest::newRow("spaces and case") << "  MON-Fri   09:00-11:30, 14:00-16:30 ;sat 09:00-11:00 "
                                         << "mon-fri 09:00-11:30,14:00-16:30; sat 09:00-11:00";
        QTest::newRow("days joined") << "mon 09:00-12:00; tue 09:00-12:00; wed 09:00-12:00" << "mon-wed 09:00-12:00";
        QTest::newRow("periods sorted") << "tue 14:00-16:00,09:00-11:00" << "tue 09:00-11:00,14:00-16:00";
        QTest::newRow("two groups one day") << "mon-fri 09:00-11:00; fri 14:00-15:00"
                                            << "mon-thu 09:00-11:00; fri 09:00-11:00,14:00-15:00";
        QTest::newRow("wrapping range") << "sat-mon 10:00-12:00" << "mon 10:00-12:00; sat-sun 10:00-12:00";
        QTest::newRow("list of days") << "tue,thu 14:00-16:00" << "tue 14:00-16:00; thu 14:00-16:00";
        QTest::newRow("ranges in a list") << "mon-wed,fri 09:00-11:00" << "mon-wed 09:00-11:00; fri 09:00-11:00";
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto hours = WeeklyHours::parse(text);
        QVERIFY2(hours.has_value(), qPrintable(text));
        QCOMPARE(hours->toString(), canonical);
        const auto again = WeeklyHours::parse(hours->toString());
        QVERIFY(again.has_value());
        QCOMPARE(*again, *hours);
    }

    void badText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("no times") << "mon-fri";
        QTest::newRow("no days") << "09:00-11:00";
        QTest::newRow("unknown day") << "mo-fr 09:00-11:00";
        QTest::newRow("chinese day") << "周一 09:00-11:00";
        QTest::newRow("end before start") << "mon 11:00-09:00";
        QTest::newRow("empty period") << "mon 09:00-09:00";
        QTest::newRow("bad hour") << "mon 25:00-26:00";
        QTest::newRow("short time") << "mon 9:00-11:00";
        QTest::newRow("seconds") << "mon 09:00:00-11:00:00";
        QTest::newRow("overlap") << "mon 09:00-11:00,10:30-12:00";
        QTest::newRow("overlap across groups") << "mon-fri 09:00-11:00; wed 10:00-10:30";
        QTest::newRow("trailing comma") << "mon 09:00-11:00,";
        QTest::newRow("empty group") << "mon 09:00-11:00;;tue 09:00-11:00";
        QTest::newRow("empty day in a list") << "tue,,thu 09:00-11:00";
        QTest::newRow("unknown day in a list") << "tue,thurs 09:00-11:00";
    }

    void badText()
    {
        QFETCH(QString, text);
        QVERIFY2(!WeeklyHours::parse(text).has_value(), qPrintable(text));
    }

    void periodsOn()
    {
        const auto hours = WeeklyHours::parse(u"mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30");
        QVERIFY(hours);
        const QDate monday(2026, 12, 7);
        QCOMPARE(monday.dayOfWeek(), 1);
        const QList<WeeklyHours::Period> weekday{{QTime(8, 30), QTime(11, 30)}, {QTime(14, 0), QTime(17, 0)}};
        QCOMPARE(hours->periodsOn(monday), weekday);
        QCOMPARE(hours->periodsOn(monday.addDays(4)), weekday);
        QCOMPARE(hours->periodsOn(monday.addDays(5)), (QList<WeeklyHours::Period>{{QTime(9, 0), QTime(11, 30)}}));
        QVERIFY(hours->periodsOn(monday.addDays(6)).isEmpty());
        QVERIFY(hours->periodsOn(QDate()).isEmpty());
    }

    void isOpenAt_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("open");
        const QDate tuesday(2026, 12, 8);
        QTest::newRow("before opening") << QDateTime(tuesday, QTime(8, 29, 59)) << false;
        QTest::newRow("at opening") << QDateTime(tuesday, QTime(8, 30)) << true;
        QTest::newRow("morning") << QDateTime(tuesday, QTime(10, 0)) << true;
        QTest::newRow("at closing") << QDateTime(tuesday, QTime(11, 30)) << false;
        QTest::newRow("lunch") << QDateTime(tuesday, QTime(12, 30)) << false;
        QTest::newRow("afternoon") << QDateTime(tuesday, QTime(16, 59)) << true;
        QTest::newRow("saturday morning") << QDateTime(tuesday.addDays(4), QTime(9, 15)) << true;
        QTest::newRow("saturday afternoon") << QDateTime(tuesday.addDays(4), QTime(14, 15)) << false;
        QTest::newRow("sunday") << QDateTime(tuesday.addDays(5), QTime(10, 0)) << false;
        QTest::newRow("invalid") << QDateTime() << false;
    }

    void isOpenAt()
    {
        QFETCH(QDateTime, moment);
        QFETCH(bool, open);
        const auto hours = WeeklyHours::parse(u"mon-fri 08:30-11:30,14:00-17:00; sat 09:00-11:30");
        QVERIFY(hours);
        QCOMPARE(hours->isOpenAt(moment), open);
    }

    void emptyPattern()
    {
        const WeeklyHours none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.toString(), QString());
        QVERIFY(!none.isOpenAt(QDateTime(QDate(2026, 12, 8), QTime(10, 0))));
        QVERIFY(!WeeklyHours::parse(u"sun 10:00-11:00")->isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestWeeklyHours)
#include "tst_weeklyhours.moc"
