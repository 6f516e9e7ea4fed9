// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/announcer.h"
#include "accessibility/announcerphrases.h"
#include "accessibility/speech/silentsink.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/visitorsettings.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

/// @brief What the announcer says, in which language, and what it keeps to itself.
class TestAnnouncer : public QObject
{
    Q_OBJECT

    static Announcer *announcer() { return Announcer::instance(); }
    static QStringList texts()
    {
        QStringList out;
        for (const QVariant &entry : announcer()->utterances())
            out << entry.toMap().value(QStringLiteral("text")).toString();
        return out;
    }
    static QVariantMap last() { return announcer()->utterances().constLast().toMap(); }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        announcer()->setStaffMode(false);
        announcer()->reset();
    }

    void pageArrivalSpeaksTitleThenInstructionInTheVisitorsLanguage()
    {
        QSignalSpy spoke(announcer(), &Announcer::spoke);
        announcer()->pageArrived(QStringLiteral("您想办什么事？"), QStringLiteral("请触摸一张图片"));
        QCOMPARE(spoke.size(), 2);
        QCOMPARE(spoke.at(0).at(0).toString(), QStringLiteral("您想办什么事？"));
        QCOMPARE(spoke.at(0).at(1).toString(), QStringLiteral("zh"));
        QCOMPARE(spoke.at(1).at(0).toString(), QStringLiteral("请触摸一张图片"));
        QCOMPARE(announcer()->pageInstruction(), QStringLiteral("请触摸一张图片"));

        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        announcer()->pageArrived(QStringLiteral("Call staff"), QStringLiteral("Press the button"));
        QCOMPARE(last().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        announcer()->help();
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("Press the button"));
    }

    void personalDataIsWithheldOnThePublicSpeaker()
    {
        announcer()->sayPrivate(QStringLiteral("张三 110105194912310021"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("您的信息显示在屏幕上"));
        QCOMPARE(last().value(QStringLiteral("privateContent")).toBool(), false);
        announcer()->sayPrivate(QStringLiteral("张三"), QStringLiteral("姓名已显示"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("姓名已显示"));
        announcer()->sayTyped(QStringLiteral("7"), true);
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("已输入一位"));
        QVERIFY(!texts().join(u' ').contains(u"张三"));
        QVERIFY(!texts().join(u' ').contains(u"1101"));

        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        announcer()->sayPrivate(QStringLiteral("Zhang San"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("Your details are on the screen"));
    }

    void personalDataIsSpokenWithHeadphonesOrAfterReadAloud()
    {
        VisitorSettings::instance()->setPrivateListening(true);
        announcer()->sayPrivate(QStringLiteral("张三"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("张三"));
        QCOMPARE(last().value(QStringLiteral("privateContent")).toBool(), true);
        announcer()->sayTyped(QStringLiteral("7"), true);
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("7"));

        VisitorSettings::instance()->setPrivateListening(false);
        announcer()->allowReadAloud();
        announcer()->sayPrivate(QStringLiteral("李四"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("李四"));

        // The next visitor never inherits "read aloud".
        announcer()->reset();
        QVERIFY(!announcer()->readAloudAllowed());
        QVERIFY(announcer()->utterances().isEmpty());
        announcer()->sayPrivate(QStringLiteral("李四"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("您的信息显示在屏幕上"));
    }

    void staffScreensAreNeverSpoken()
    {
        announcer()->setStaffMode(true);
        announcer()->pageArrived(QStringLiteral("工作人员"), QStringLiteral("待处理的请求"));
        announcer()->say(QStringLiteral("3 个请求"));
        announcer()->focused(QStringLiteral("批准"), QStringLiteral("button"));
        QTest::qWait(10);
        QVERIFY(announcer()->utterances().isEmpty());
        announcer()->setStaffMode(false);
        announcer()->say(QStringLiteral("欢迎"));
        QCOMPARE(texts(), QStringList{QStringLiteral("欢迎")});
    }

    void aQueueCallIsSpokenToTheRoomInBothLanguages()
    {
        // Staff call numbers from staff mode, and the visitor at the screen may have speech off:
        // the call is for the waiting room and is said all the same, Mandarin first.
        announcer()->setStaffMode(true);
        VisitorSettings::instance()->setSpeechOn(false);
        announcer()->callOut(QStringLiteral("请 A 0 1 2 号到 2 号窗口"), QStringLiteral("Number A, 0 1 2, please go to window 2."));
        const QVariantList said = announcer()->utterances();
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.at(0).toMap().value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QCOMPARE(said.at(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("请 A 0 1 2 号到 2 号窗口"));
        QCOMPARE(said.at(1).toMap().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(!said.at(1).toMap().value(QStringLiteral("privateContent")).toBool());
        // Everything else stays silent in staff mode.
        announcer()->say(QStringLiteral("3 个请求"));
        QCOMPARE(announcer()->utterances().size(), 2);
        announcer()->setStaffMode(false);
    }

    void nothingIsSpokenWithSpeechOff()
    {
        VisitorSettings::instance()->setSpeechOn(false);
        announcer()->pageArrived(QStringLiteral("主页"), QStringLiteral("请选择"));
        QVERIFY(announcer()->utterances().isEmpty());
    }

    void codesAreSpokenCharacterByCharacter()
    {
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        announcer()->sayCode(QStringLiteral("K7-4M"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("Confirmation code K 7 4 M"));
        // Named as the page names it: a booking page says "booking code", as its screen does.
        announcer()->sayCode(QStringLiteral("HJK23"), QStringLiteral("Your booking code"));
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("Your booking code H J K 2 3"));
    }

    void focusIsSpokenWithRoleAndStateAfterThePageArrival()
    {
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        announcer()->focused(QStringLiteral("Large text"), QStringLiteral("switch"), QStringLiteral("on"));
        QCOMPARE(announcer()->utterances().size(), 0); // said once control returns to the loop
        QTRY_COMPARE(announcer()->utterances().size(), 1);
        QCOMPARE(last().value(QStringLiteral("text")).toString(), QStringLiteral("Large text, switch, on"));

        // A button pressed by touch that opens a page: the new page is said, not the old button.
        announcer()->clearUtterances();
        announcer()->focused(QStringLiteral("Call staff"), QStringLiteral("button"));
        announcer()->pageArrived(QStringLiteral("Call staff"), QStringLiteral("Wait here"));
        QTest::qWait(20);
        QCOMPARE(texts(), (QStringList{QStringLiteral("Call staff"), QStringLiteral("Wait here")}));

        // The page's first control follows the page's words.
        announcer()->focused(QStringLiteral("Done"), QStringLiteral("button"), {}, QStringLiteral("Back to the start"));
        QTRY_COMPARE(announcer()->utterances().size(), 4);
        QCOMPARE(texts().mid(2), (QStringList{QStringLiteral("Done, button"), QStringLiteral("Back to the start")}));
    }

    void repeatSaysTheLastUtteranceAgain()
    {
        announcer()->say(QStringLiteral("请稍候"));
        announcer()->repeat();
        QCOMPARE(texts(), (QStringList{QStringLiteral("请稍候"), QStringLiteral("请稍候")}));
    }

    void speechReachesTheEngineOnlyWhenItMayBeHeard()
    {
        speech::SpeechEngine engine([] { return std::make_unique<speech::SilentSink>(50.0); });
        announcer()->setEngine(&engine);
        QSignalSpy started(&engine, &speech::SpeechEngine::utteranceStarted);

        announcer()->pageArrived(QStringLiteral("呼叫工作人员"), QStringLiteral("请稍候"));
        QTRY_COMPARE(started.size(), 2);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("呼叫工作人员"));
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("zh"));

        VisitorSettings::instance()->setSpeechOn(false);
        announcer()->say(QStringLiteral("不应听到"));
        announcer()->setStaffMode(true);
        VisitorSettings::instance()->setSpeechOn(true);
        announcer()->say(QStringLiteral("工作人员页面"));
        QTest::qWait(200);
        QCOMPARE(started.size(), 2);

        announcer()->setStaffMode(false);
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        announcer()->say(QStringLiteral("Done"));
        QTRY_COMPARE(started.size(), 3);
        QCOMPARE(started.at(2).at(1).toString(), QStringLiteral("en"));

        // Session end: the visitor's rate goes back to the station's.
        engine.setRateStep(engine.defaultRateStep() + 2);
        announcer()->reset();
        QCOMPARE(engine.rateStep(), engine.defaultRateStep());
        announcer()->setEngine(nullptr);
    }

    void everyPhraseExistsInBothLanguages()
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        const QStringList keys = AnnouncerPhrases::keys();
        QVERIFY(keys.size() >= 30);
        for (const QString &key : keys) {
            const QString zh = AnnouncerPhrases::text(key, u"zh");
            const QString en = AnnouncerPhrases::text(key, u"en");
            if (key == u"separator") {
                // Between a control's name, role and state: Mandarin's full-width comma.
                QCOMPARE(zh, QStringLiteral("，"));
                QCOMPARE(en, QStringLiteral(", "));
                continue;
            }
            QVERIFY2(han.match(zh).hasMatch(), qPrintable(key + QStringLiteral(": no Mandarin")));
            QVERIFY2(latin.match(en).hasMatch() && !han.match(en).hasMatch(), qPrintable(key + QStringLiteral(": no English")));
            QCOMPARE(zh.count(u'%'), en.count(u'%'));
        }
        QCOMPARE(keys.size(), QSet<QString>(keys.begin(), keys.end()).size());
    }
};

QTEST_GUILESS_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
