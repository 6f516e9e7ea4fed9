// SPDX-License-Identifier: GPL-3.0-or-later
// LineBreaking on its own: where Qt's line breaker may end a line once a text has passed
// through it (QTextLayout's breaker, as Text uses it). Mandarin words, numbers, dates, phone and ID numbers and hyphenated English words
// stay whole; a sentence never ends with one character alone; the visible text is unchanged.

#include "accessibility/linebreaking.h"
#include "tests/accessibility/words/breakopportunities.h"

#include <QRegularExpression>
#include <QTest>

using words::withBreaks;

class LineBreakingTest : public QObject
{
    Q_OBJECT

private slots:
    // Without LineBreaking, Qt breaks between any two ideographs and after a hyphen: these are
    // the splits seen on the kiosk's screens (确/认, 开/始, check-/in), so the rows below mean
    // something.
    void qtAloneSplitsWords()
    {
        QCOMPARE(withBreaks(QStringLiteral("确认")), QStringLiteral("确|认"));
        QCOMPARE(withBreaks(QStringLiteral("要带什么")), QStringLiteral("要|带|什|么"));
        QCOMPARE(withBreaks(QStringLiteral("check-in now")), QStringLiteral("check-|in |now"));
        QCOMPARE(withBreaks(QStringLiteral("138 0013 8000")), QStringLiteral("138 |0013 |8000"));
    }

    void wordsAndNumbersStayWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("breaks");
        QTest::newRow("确认") << QStringLiteral("确认") << QStringLiteral("确认");
        QTest::newRow("开始") << QStringLiteral("开始") << QStringLiteral("开始");
        QTest::newRow("要带什么") << QStringLiteral("要带什么") << QStringLiteral("要带|什么");
        QTest::newRow("残疾人证") << QStringLiteral("残疾人证") << QStringLiteral("残疾人证");
        QTest::newRow("check-in") << QStringLiteral("Please check-in here") << QStringLiteral("Please |check-in |here");
        QTest::newRow("id number") << QStringLiteral("120101 19900325 1234") << QStringLiteral("120101 19900325 1234");
        QTest::newRow("masked id") << QStringLiteral("号码 120101 ******** 1234") << QStringLiteral("号码 |120101 ******** 1234");
        QTest::newRow("date") << QStringLiteral("2026-03-25") << QStringLiteral("2026-03-25");
        QTest::newRow("date slash") << QStringLiteral("有效期至 2026/03/25") << QStringLiteral("有效期至 |2026/03/25");
        QTest::newRow("date words") << QStringLiteral("2026年3月25日") << QStringLiteral("2026年3月25日");
        QTest::newRow("time") << QStringLiteral("10:30 to 11:00") << QStringLiteral("10:30 |to |11:00");
        QTest::newRow("phone") << QStringLiteral("138 0013 8000") << QStringLiteral("138 0013 8000");
        QTest::newRow("quotes") << QStringLiteral("没问题请点“提交”，要改请点“修改”去选。")
                                << QStringLiteral("没问题请点|“提交”，|要改请点|“修改”|去选。");
        QTest::newRow("last digit") << QStringLiteral("第19位是残疾类别，应为1到7。")
                                    << QStringLiteral("第19位是|残疾|类别，|应为|1到7。");
        QTest::newRow("last number en") << QStringLiteral("It must be 1 to 7.") << QStringLiteral("It |must |be |1 |to 7.");
        QTest::newRow("home instruction")
                << QStringLiteral("请触摸图片，或用键盘的方向键和圆形确认键选择。")
                << QStringLiteral("请触摸|图片，|或用|键盘的|方向键和|圆形|确认键|选择。");
    }

    void wordsAndNumbersStayWhole()
    {
        QFETCH(QString, text);
        QFETCH(QString, breaks);
        QCOMPARE(withBreaks(LineBreaking::keepTogether(text)), breaks);
    }

    // The last word of a sentence is never one character on its own: 证 stays with the word
    // before it, so the last line has at least two.
    void sentenceNeverEndsWithOneCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("办证") << QStringLiteral("请带上身份证，今天去办证");
        QTest::newRow("来") << QStringLiteral("工作人员马上就来");
        QTest::newRow("吗") << QStringLiteral("您要办理残疾人证吗？");
        QTest::newRow("做") << QStringLiteral("请告诉我们下一步怎么做");
    }

    void sentenceNeverEndsWithOneCharacter()
    {
        QFETCH(QString, text);
        const QString shown = LineBreaking::keepTogether(text);
        QString letters = text;
        letters.remove(QRegularExpression(QStringLiteral("[\\p{P}\\s]+$")));
        const QList<qsizetype> at = words::breakOpportunities(shown);
        QVERIFY2(!at.isEmpty(), qPrintable(withBreaks(shown))); // still wraps somewhere
        QVERIFY2(letters.size() - at.last() >= 2, qPrintable(withBreaks(shown)));
    }

    // Only the screen changes: the letters are the same, markup and placeholders are untouched,
    // and a text treated twice is the same as once.
    void visibleTextUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zh") << QStringLiteral("请触摸图片，或用键盘的方向键和圆形确认键选择。");
        QTest::newRow("en") << QStringLiteral("Check-in at 10:30 on 2026-03-25, call 138 0013 8000.");
        QTest::newRow("placeholders") << QStringLiteral("%1号窗口，第%L2位，共%n人");
        QTest::newRow("markup") << QStringLiteral("<b>确认</b><br/>请<font color=\"#1a2b3c\">按 10-20</font>");
    }

    void visibleTextUnchanged()
    {
        QFETCH(QString, text);
        const QString shown = LineBreaking::keepTogether(text);
        QCOMPARE(LineBreaking::withoutJoiners(shown), text);
        QCOMPARE(LineBreaking::keepTogether(shown), shown);
        for (const QString &kept : {QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n"),
                                    QStringLiteral("<br/>"), QStringLiteral("<font color=\"#1a2b3c\">")})
            QVERIFY2(!text.contains(kept) || shown.contains(kept), qPrintable(kept));
    }

    // Number formatters use the number rules alone: the words around them may still break.
    void numbersOnly()
    {
        QCOMPARE(withBreaks(LineBreaking::keepNumbersWhole(QStringLiteral("12月2日 星期三 10:00"))),
                 QStringLiteral("12月2日 |星|期|三 |10:00"));
    }
};

QTEST_MAIN(LineBreakingTest)
#include "tst_linebreaking.moc"
