// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatenumber.h"

#include <QTest>

using core::CertificateNumber;
using core::CertificateNumberProblem;
using core::DisabilityCategory;

Q_DECLARE_METATYPE(core::CertificateNumberProblem)
Q_DECLARE_METATYPE(core::DisabilityCategory)

/// @brief Certificate numbers as typed by staff or read from a certificate.
class TestCertificateNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<DisabilityCategory>("category");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("replacement");
        QTest::newRow("visual level 1") << "11010119900307123311" << "110101199003071233" << DisabilityCategory::Visual << 1 << 0;
        QTest::newRow("multiple level 4") << "11010519491231002X74" << "11010519491231002X" << DisabilityCategory::Multiple << 4 << 0;
        QTest::newRow("lower-case x") << "11010519491231002x42" << "11010519491231002X" << DisabilityCategory::Physical << 2 << 0;
        QTest::newRow("replacement B1") << "11010119900307123342B1" << "110101199003071233" << DisabilityCategory::Physical << 2 << 1;
        QTest::newRow("replacement b12") << "11010119900307123342b12" << "110101199003071233" << DisabilityCategory::Physical << 2 << 12;
        QTest::newRow("spaces") << "110101 19900307 1233 6 3" << "110101199003071233" << DisabilityCategory::Mental << 3 << 0;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(DisabilityCategory, category);
        QFETCH(int, level);
        QFETCH(int, replacement);
        CertificateNumberProblem problem = CertificateNumberProblem::WrongLength;
        const auto info = CertificateNumber::parse(input, &problem);
        QVERIFY(info);
        QCOMPARE(problem, CertificateNumberProblem::None);
        QCOMPARE(info->holder.number, id);
        QCOMPARE(info->category, category);
        QCOMPARE(info->level, level);
        QCOMPARE(info->replacement, replacement);
        // Formatting the parts gives the canonical number back.
        const QString canonical = CertificateNumber::format(id, category, level, replacement);
        QCOMPARE(CertificateNumber::parse(canonical)->replacement, replacement);
        QCOMPARE(canonical.size(), replacement == 0 ? 20 : (replacement < 10 ? 22 : 23));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CertificateNumberProblem>("problem");
        QTest::newRow("only the ID number") << "110101199003071233" << CertificateNumberProblem::WrongLength;
        QTest::newRow("bad ID check") << "11010119900307123411" << CertificateNumberProblem::BadIdNumber;
        QTest::newRow("category 0") << "11010119900307123301" << CertificateNumberProblem::BadCategory;
        QTest::newRow("category 8") << "11010119900307123381" << CertificateNumberProblem::BadCategory;
        QTest::newRow("level 0") << "11010119900307123310" << CertificateNumberProblem::BadLevel;
        QTest::newRow("level 5") << "11010119900307123315" << CertificateNumberProblem::BadLevel;
        QTest::newRow("level letter") << "1101011990030712331A" << CertificateNumberProblem::BadLevel;
        QTest::newRow("suffix without number") << "11010119900307123311B" << CertificateNumberProblem::BadSuffix;
        QTest::newRow("suffix B0") << "11010119900307123311B0" << CertificateNumberProblem::BadSuffix;
        QTest::newRow("suffix C1") << "11010119900307123311C1" << CertificateNumberProblem::BadSuffix;
        QTest::newRow("trailing digit") << "110101199003071233111" << CertificateNumberProblem::BadSuffix;
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(CertificateNumberProblem, problem);
        CertificateNumberProblem seen = CertificateNumberProblem::None;
        QVERIFY(!CertificateNumber::parse(input, &seen));
        QCOMPARE(seen, problem);
        QVERIFY(!CertificateNumber::problemText(problem).in(u"zh").isEmpty());
        QVERIFY(!CertificateNumber::problemText(problem).in(u"en").isEmpty());
    }

    void formatRefusesBadParts()
    {
        QVERIFY(CertificateNumber::format(u"110101199003071234", DisabilityCategory::Visual, 1).isEmpty());
        QVERIFY(CertificateNumber::format(u"110101199003071233", DisabilityCategory::Visual, 5).isEmpty());
        QCOMPARE(CertificateNumber::format(u"110105491231002", DisabilityCategory::Hearing, 3),
                 QStringLiteral("11010519491231002X23"));
    }

    void names()
    {
        QCOMPARE(core::Disability::categoryName(DisabilityCategory::Visual).in(u"zh"), QStringLiteral("视力残疾"));
        QCOMPARE(core::Disability::categoryName(DisabilityCategory::Multiple).in(u"en"), QStringLiteral("Multiple disabilities"));
        QCOMPARE(core::Disability::levelName(1).in(u"zh"), QStringLiteral("一级"));
        QVERIFY(core::Disability::levelName(5).in(u"zh").isEmpty());
        QCOMPARE(core::Disability::categories().size(), 7);
        QCOMPARE(core::Disability::coverColour(DisabilityCategory::Visual).in(u"en"), QStringLiteral("red cover"));
        QCOMPARE(core::Disability::coverColour(DisabilityCategory::Hearing).in(u"en"), QStringLiteral("green cover"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateNumber)
#include "tst_certificatenumber.moc"
