// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/idnumber.h"

#include <QTest>

using core::IdNumber;
using core::IdNumberProblem;
using core::Sex;

Q_DECLARE_METATYPE(core::IdNumberProblem)
Q_DECLARE_METATYPE(core::Sex)

/// @brief What a visitor sees when typing or reading an ID number: accepted or refused, and why.
class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<bool>("foreign");

        QTest::newRow("male") << "110101199003071233" << "110101199003071233" << QDate(1990, 3, 7) << Sex::Male << false;
        QTest::newRow("female") << "110101199003071241" << "110101199003071241" << QDate(1990, 3, 7) << Sex::Female << false;
        QTest::newRow("X check (GB 11643 example)") << "11010519491231002X" << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
        QTest::newRow("lower-case x") << "11010519491231002x" << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
        QTest::newRow("typed in groups") << " 110101 19900307 1233 " << "110101199003071233" << QDate(1990, 3, 7) << Sex::Male << false;
        QTest::newRow("full-width digits") << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ") << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
        QTest::newRow("15-digit old number") << "110105491231002" << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
        QTest::newRow("leap day") << "440300200002290019" << "440300200002290019" << QDate(2000, 2, 29) << Sex::Male << false;
        QTest::newRow("2023 foreign permanent resident") << "911840199003070129" << "911840199003070129" << QDate(1990, 3, 7) << Sex::Female << true;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, number);
        QFETCH(QDate, birth);
        QFETCH(Sex, sex);
        QFETCH(bool, foreign);

        IdNumberProblem problem = IdNumberProblem::WrongLength;
        const auto info = IdNumber::parse(input, &problem);
        QVERIFY(info.has_value());
        QCOMPARE(problem, IdNumberProblem::None);
        QCOMPARE(info->number, number);
        QCOMPARE(info->birthDate, birth);
        QCOMPARE(info->sex, sex);
        QCOMPARE(info->foreignPermanentResident, foreign);
        QVERIFY(IdNumber::isValid(input));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<IdNumberProblem>("problem");

        QTest::newRow("empty") << "" << IdNumberProblem::WrongLength;
        QTest::newRow("17 digits") << "11010119900307123" << IdNumberProblem::WrongLength;
        QTest::newRow("19 characters") << "1101011990030712330" << IdNumberProblem::WrongLength;
        QTest::newRow("16 digits") << "1101059112310021" << IdNumberProblem::WrongLength;
        QTest::newRow("letter inside") << "1101011990A3071233" << IdNumberProblem::BadCharacter;
        QTest::newRow("X not last") << "11010119900307X233" << IdNumberProblem::BadCharacter;
        QTest::newRow("other last letter") << "11010519491231002Y" << IdNumberProblem::BadCharacter;
        QTest::newRow("15 with X") << "11010549123100X" << IdNumberProblem::BadCharacter;
        QTest::newRow("punctuation") << "110101-19900307-12" << IdNumberProblem::BadCharacter;
        QTest::newRow("month 13") << "110101199013071233" << IdNumberProblem::BadDate;
        QTest::newRow("30 February") << "110101199002301233" << IdNumberProblem::BadDate;
        QTest::newRow("29 February 1900") << "110101190002291233" << IdNumberProblem::BadDate;
        QTest::newRow("day 00") << "110101199003001233" << IdNumberProblem::BadDate;
        QTest::newRow("born in the future") << "110101299901011233" << IdNumberProblem::BadDate;
        QTest::newRow("year 1066") << "110101106601011233" << IdNumberProblem::BadDate;
        QTest::newRow("15-digit bad date") << "110105491331002" << IdNumberProblem::BadDate;
        QTest::newRow("wrong check digit") << "110101199003071234" << IdNumberProblem::WrongCheckCharacter;
        QTest::newRow("X where a digit belongs") << "11010119900307123X" << IdNumberProblem::WrongCheckCharacter;
        QTest::newRow("two digits swapped") << "110101199003071323" << IdNumberProblem::WrongCheckCharacter;
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(IdNumberProblem, problem);

        IdNumberProblem seen = IdNumberProblem::None;
        QVERIFY(!IdNumber::parse(input, &seen).has_value());
        QCOMPARE(seen, problem);
        QVERIFY(!IdNumber::isValid(input));
        // Each refusal has words in both languages, and they differ between problems.
        const auto text = IdNumber::problemText(problem);
        QVERIFY(!text.in(u"zh").isEmpty());
        QVERIFY(!text.in(u"en").isEmpty());
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");
        QTest::newRow("X") << "11010519491231002" << QChar(u'X');
        QTest::newRow("3") << "11010119900307123" << QChar(u'3');
        QTest::newRow("foreign") << "91184019900307012" << QChar(u'9');
        QTest::newRow("short") << "1101051949123100" << QChar();
        QTest::newRow("letter") << "1101051949123100A" << QChar();
    }

    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(IdNumber::checkCharacter(first17), check);
    }

    void everyProblemHasDistinctWords()
    {
        const IdNumberProblem all[] = {IdNumberProblem::WrongLength, IdNumberProblem::BadCharacter,
                                       IdNumberProblem::BadDate, IdNumberProblem::WrongCheckCharacter};
        QSet<QString> seen;
        for (auto p : all) {
            seen.insert(IdNumber::problemText(p).in(u"zh"));
            seen.insert(IdNumber::problemText(p).in(u"en"));
        }
        QCOMPARE(seen.size(), 8);
        QVERIFY(IdNumber::problemText(IdNumberProblem::None).in(u"en").isEmpty());
    }

    void everyCheckCharacterIsAccepted()
    {
        // Over many sequence numbers, the computed check character is always accepted and any
        // other character refused: the check catches every single-character slip.
        const QString stem = QStringLiteral("3205821985061");
        for (int seq = 0; seq < 1000; ++seq) {
            const QString first17 = stem + QString::number(seq).rightJustified(4, u'0');
            const QChar good = IdNumber::checkCharacter(first17);
            QVERIFY(IdNumber::isValid(first17 + good));
            for (QChar bad : QStringLiteral("0123456789X")) {
                if (bad != good)
                    QVERIFY(!IdNumber::isValid(first17 + bad));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
