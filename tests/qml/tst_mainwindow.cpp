// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/session.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

/// @brief The kiosk window as a visitor meets it: attract, home, tiles, language, time-out.
class TestMainWindow : public QObject
{
    Q_OBJECT

    static bool hasHan(const QString &text)
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        return han.match(text).hasMatch();
    }
    static bool hasLatinWord(const QString &text)
    {
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
        return latin.match(text).hasMatch();
    }
    static void tap(QQuickWindow *window, QQuickItem *item)
    {
        QVERIFY(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
    }

    void touchingTheAttractScreenStartsASession()
    {
        MainWindowFixture kiosk(QStringLiteral("attract"));
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(kiosk.visibleTexts().join(u' ').contains(u"Touch the screen"));
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, QPoint(960, 540));
        QCOMPARE(Session::instance()->state(), Session::State::Active);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("您想办什么事？"));
    }

    void theAttractScreenInvitesInBothLanguagesWhileIdle()
    {
        MainWindowFixture kiosk(QStringLiteral("attract"));
        QQuickItem *attract = kiosk.find(QStringLiteral("attract"));
        QVERIFY(attract);
        QSignalSpy spoke(Announcer::instance(), &Announcer::spoke);
        attract->setProperty("inviteIntervalMs", 100);
        QTRY_VERIFY_WITH_TIMEOUT(spoke.count() >= 2, 3000);
        QCOMPARE(spoke.at(0).at(1).toString(), QStringLiteral("zh"));
        QVERIFY(spoke.at(0).at(0).toString().contains(u"请触摸屏幕"));
        QCOMPARE(spoke.at(1).at(1).toString(), QStringLiteral("en"));
        QVERIFY(spoke.at(1).at(0).toString().contains(u"Touch the screen"));

        // Never while a visitor is here.
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, QPoint(960, 540));
        spoke.clear();
        QTest::qWait(400);
        for (const QList<QVariant> &utterance : std::as_const(spoke))
            QVERIFY2(!utterance.at(0).toString().contains(u"Touch the screen"), "invitation spoken during a visit");
    }

    void anyKeyOnTheAttractScreenStartsASession()
    {
        MainWindowFixture kiosk(QStringLiteral("attract"));
        QTest::keyClick(kiosk.window(), Qt::Key_Down);
        QCOMPARE(Session::instance()->state(), Session::State::Active);
        QVERIFY(kiosk.focusedItem());
        QCOMPARE(kiosk.focusedItem()->objectName(), QStringLiteral("tile_certificate"));
    }

    void languageSwitchChangesEveryVisibleString()
    {
        MainWindowFixture kiosk;
        const QStringList zh = kiosk.visibleTexts();
        QVERIFY(zh.size() >= 15);
        for (const QString &text : zh) {
            if (text == u"English") // the switch names the language it leads to
                continue;
            QVERIFY2(!hasLatinWord(text), qPrintable(QStringLiteral("English left on the Mandarin screen: ") + text));
        }

        tap(kiosk.window(), kiosk.find(QStringLiteral("languageButton")));
        QCOMPARE(VisitorSettings::instance()->language(), QStringLiteral("en"));
        const QStringList en = kiosk.visibleTexts();
        QCOMPARE(en.size(), zh.size());
        for (const QString &text : en) {
            if (text == u"中文")
                continue;
            QVERIFY2(!hasHan(text), qPrintable(QStringLiteral("Mandarin left on the English screen: ") + text));
        }
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("What would you like to do?"));

        tap(kiosk.window(), kiosk.find(QStringLiteral("languageButton")));
        QCOMPARE(kiosk.visibleTexts(), zh);
    }

    void everyTileIsReachableByKeysAndOpensItsPage_data()
    {
        QTest::addColumn<int>("tabs");
        QTest::addColumn<QString>("tile");
        QTest::addColumn<QString>("title");
        QTest::newRow("certificate") << 0 << "tile_certificate" << "My disability certificate";
        QTest::newRow("help") << 1 << "tile_help-kind" << "Ask a volunteer for help";
        QTest::newRow("services") << 2 << "tile_services" << "Station services";
        QTest::newRow("checkin") << 3 << "tile_checkin" << "Volunteers";
        QTest::newRow("callstaff") << 4 << "tile_callstaff" << "Call staff";
    }

    void everyTileIsReachableByKeysAndOpensItsPage()
    {
        QFETCH(int, tabs);
        QFETCH(QString, tile);
        QFETCH(QString, title);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(kiosk.focusedItem()->objectName(), QStringLiteral("tile_certificate"));
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(kiosk.window(), Qt::Key_Tab);
        QCOMPARE(kiosk.focusedItem()->objectName(), tile);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QCOMPARE(kiosk.pageTitle(), title);
        QVERIFY(kiosk.find(QStringLiteral("backButton"))->isEnabled());
    }

    void backAndHomeFindTheWay()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("My disability certificate"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Call staff"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("backButton")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("My disability certificate"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("homeButton")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("What would you like to do?"));
        QVERIFY(!kiosk.find(QStringLiteral("backButton"))->isEnabled());
    }

    void topBarControlsSwitchVisibly()
    {
        MainWindowFixture kiosk;
        auto *settings = VisitorSettings::instance();
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_certificate"));
        const qreal tileHeightBefore = tile->implicitHeight();
        tap(kiosk.window(), kiosk.find(QStringLiteral("textSizeButton")));
        QCOMPARE(settings->textSizeStep(), 1);
        QVERIFY(tile->implicitHeight() > tileHeightBefore);

        // The colours are chosen by name on the settings screen (tst_settingspage).
        const QColor before = kiosk.window()->color();
        tap(kiosk.window(), kiosk.find(QStringLiteral("settingsButton")));
        QTRY_VERIFY(kiosk.find(QStringLiteral("theme_white-on-black")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("theme_white-on-black")));
        QCOMPARE(settings->theme(), QStringLiteral("white-on-black"));
        QVERIFY(kiosk.window()->color() != before);

        tap(kiosk.window(), kiosk.find(QStringLiteral("speechButton")));
        QVERIFY(!settings->speechOn());
        QVERIFY(kiosk.visibleTexts().contains(QStringLiteral("语音关")));
    }

    void helpShowsThePagesWordsAndSaysThemInTheVisitorsLanguage()
    {
        // A deaf visitor reads the help; a blind one hears the same words, in Mandarin here.
        MainWindowFixture kiosk;
        QQuickItem *overlay = kiosk.find(QStringLiteral("helpOverlay"));
        QVERIFY(overlay && !overlay->isVisible());
        const QString title = kiosk.pageTitle();
        const QString instruction = QStringLiteral("触摸");
        Announcer::instance()->clearUtterances();
        tap(kiosk.window(), kiosk.find(QStringLiteral("helpButton")));
        QVERIFY(overlay->isVisible());
        // Compared as read: the line-breaking joiners between words are not words.
        const auto plain = [](QString text) { return text.remove(QChar(0x2060)).remove(QChar(0x200B)); };
        QQuickItem *thisPage = kiosk.find(QStringLiteral("helpThisPage"));
        QCOMPARE(plain(thisPage->property("heading").toString()), title);
        const QString body = plain(thisPage->property("body").toString());
        QVERIFY2(body.contains(instruction), qPrintable(body));
        QStringList shown;
        for (const QString &text : kiosk.visibleTexts())
            shown << plain(text);
        QVERIFY(shown.count(title) >= 2); // the page's own title, and the overlay's
        const QVariantMap said = Announcer::instance()->utterances().constLast().toMap();
        QCOMPARE(said.value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QVERIFY(plain(said.value(QStringLiteral("text")).toString()).contains(title));
        QVERIFY(plain(said.value(QStringLiteral("text")).toString()).contains(body));
        // Touches on the page under it reach nothing; Close gives the page back.
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_services")));
        QCOMPARE(kiosk.pageTitle(), title);
        tap(kiosk.window(), kiosk.find(QStringLiteral("helpCloseButton")));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(kiosk.focusedItem()->objectName(), QStringLiteral("helpButton"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_services")));
        QVERIFY(kiosk.pageTitle() != title);
    }

    void timeOutWarnsThenForgetsTheVisitor()
    {
        MainWindowFixture kiosk;
        Session::instance()->setTiming(200, 1000);
        tap(kiosk.window(), kiosk.find(QStringLiteral("languageButton")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_help-kind")));
        QSignalSpy warned(Session::instance(), &Session::warningStarted);
        QVERIFY(warned.wait(3000));
        QQuickItem *moreTime = kiosk.find(QStringLiteral("moreTimeButton"));
        QVERIFY(moreTime && moreTime->isVisible());
        QVERIFY(moreTime->hasActiveFocus()); // the dialog holds focus while it is open
        QVERIFY(kiosk.visibleTexts().join(u' ').contains(u"Do you need more time?"));

        QSignalSpy ended(Session::instance(), &Session::ended);
        QVERIFY(ended.wait(3000));
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QCOMPARE(VisitorSettings::instance()->language(), QStringLiteral("zh"));
        const QString shown = kiosk.visibleTexts().join(u' ');
        QVERIFY2(shown.contains(u"请触摸屏幕"), qPrintable(shown));
        QVERIFY2(!shown.contains(u"volunteer"), qPrintable(shown));
    }

    void moreTimeKeepsThePage()
    {
        MainWindowFixture kiosk;
        Session::instance()->setTiming(200, 3000);
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_services")));
        QSignalSpy warned(Session::instance(), &Session::warningStarted);
        QVERIFY(warned.wait(3000));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QCOMPARE(Session::instance()->state(), Session::State::Active);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Station services"));
        QVERIFY(!kiosk.find(QStringLiteral("moreTimeButton"))->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
