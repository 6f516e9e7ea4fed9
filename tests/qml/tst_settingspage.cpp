// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/keypadnavigator.h"
#include "accessibility/speech/silentsink.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/theme.h"
#include "accessibility/themepalette.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace windowactions;

/// @brief The visitor's settings screen, by touch and by keys alone: each choice changes what
/// the kiosk does (the text scale, the colours, the speech engine's speed and volume, speech
/// off), each speech step is said as a sample at the new step, "Back to the station's
/// settings" and the session's end put the station's settings back, Done returns to the page
/// the visitor came from, and Done stays on screen at the largest text in both orientations.
class TestSettingsPage : public QObject
{
    Q_OBJECT

    // The station's own speech steps, not the engine's built-in ones, so a reset is seen to
    // return to the station's.
    static constexpr int stationRate = 2;
    static constexpr int stationVolume = 3;

    std::unique_ptr<speech::SpeechEngine> m_engine;

    /// The step the engine was at when each utterance was handed to it: what it was said at.
    struct Heard
    {
        QString text;
        int rate;
        int volume;
    };
    QList<Heard> m_heard;
    QMetaObject::Connection m_listening;

    /// Presses Right until `name` has the focus, then Return, as a keypad user does (Right goes
    /// to the control beside, and on in reading order at a row's end, round to the top bar).
    static bool pressWithArrows(MainWindowFixture &kiosk, const QString &name)
    {
        settle(kiosk.window());
        QQuickItem *target = kiosk.find(name);
        if (!target || !target->isVisible())
            return false;
        for (int i = 0; i < 60; ++i) {
            if (kiosk.window()->activeFocusItem() == target) {
                QTest::keyClick(kiosk.window(), Qt::Key_Return);
                settle(kiosk.window());
                return true;
            }
            QTest::keyClick(kiosk.window(), Qt::Key_Right);
        }
        return false;
    }

    /// The last sample spoken that contains `words`, or none.
    std::optional<Heard> heard(const QString &words) const
    {
        for (auto it = m_heard.crbegin(); it != m_heard.crend(); ++it)
            if (it->text.contains(words))
                return *it;
        return std::nullopt;
    }

    static bool onScreenAboveBottomBar(MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        const QQuickItem *back = kiosk.find(QStringLiteral("backButton"));
        if (!item || !back || !shown(item))
            return false;
        const QRectF rect = item->mapRectToScene(item->boundingRect());
        const QRectF window(QPointF(0, 0), kiosk.window()->size());
        return window.contains(rect) && rect.bottom() <= back->mapRectToScene(back->boundingRect()).top();
    }

private slots:
    void initTestCase()
    {
        m_engine = std::make_unique<speech::SpeechEngine>([] { return std::make_unique<speech::SilentSink>(50.0); });
        m_engine->setDefaultRateStep(stationRate);
        m_engine->setDefaultVolumeStep(stationVolume);
        m_engine->resetToDefaults();
        Announcer::instance()->setEngine(m_engine.get());
        m_listening = connect(Announcer::instance(), &Announcer::spoke, this, [this](const QString &text) {
            m_heard.append({text, m_engine->rateStep(), m_engine->volumeStep()});
        });
    }

    void cleanupTestCase()
    {
        disconnect(m_listening);
        Announcer::instance()->setEngine(nullptr);
        m_engine.reset();
    }

    void init()
    {
        Session::instance()->end();
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        m_heard.clear();
    }

    void touchChangesWhatTheKioskDoes()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        auto *settings = VisitorSettings::instance();
        tap(kiosk, u"tile_services"_s);
        waitForPage(kiosk, u"Station services"_s);
        tap(kiosk, u"settingsButton"_s);
        waitForPage(kiosk, u"Settings"_s);

        // Text size: the whole kiosk's text scale.
        tap(kiosk, u"textSize_3"_s);
        QCOMPARE(settings->textSizeStep(), 3);
        QCOMPARE(Theme::instance()->textScale(), 2.0);
        QVERIFY(kiosk.find(u"textSize_3"_s)->property("selected").toBool());

        // Colours: the window is drawn in the theme chosen.
        tap(kiosk, u"theme_yellow-on-black"_s);
        QCOMPARE(settings->theme(), u"yellow-on-black"_s);
        QCOMPARE(kiosk.window()->color(), ThemePalette::forName(u"yellow-on-black"_s).background);

        // Speed: one step faster, the sample said at the new speed.
        QCOMPARE(m_engine->rateStep(), stationRate);
        tap(kiosk, u"rateHigher"_s);
        QCOMPARE(m_engine->rateStep(), stationRate + 1);
        auto sample = heard(u"This is how fast I speak now"_s);
        QVERIFY(sample);
        QVERIFY2(sample->text.startsWith(u"Normal."), qPrintable(sample->text));
        QCOMPARE(sample->rate, stationRate + 1);
        // A touch on the scale chooses a step at once.
        tap(kiosk, u"rateStep6"_s);
        QCOMPARE(m_engine->rateStep(), 6);
        QVERIFY(heard(u"Very fast. This is how fast"_s));

        // Volume: one step quieter, the sample said at the new volume.
        tap(kiosk, u"volumeLower"_s);
        QCOMPARE(m_engine->volumeStep(), stationVolume - 1);
        sample = heard(u"This is how loud I speak now"_s);
        QVERIFY(sample);
        QVERIFY2(sample->text.startsWith(u"Medium."), qPrintable(sample->text));
        QCOMPARE(sample->volume, stationVolume - 1);

        // Speech off: nothing more is said, and speed and volume wait until it is on.
        tap(kiosk, u"speechChoice"_s);
        QVERIFY(!settings->speechOn());
        QVERIFY(!kiosk.find(u"rateHigher"_s)->isEnabled());
        m_heard.clear();
        tap(kiosk, u"textSize_2"_s);
        QVERIFY2(m_heard.isEmpty(), qPrintable(m_heard.value(0).text));

        // Back to the station's settings: text, colours, speech, speed and volume; the language stays.
        tap(kiosk, u"restoreButton"_s);
        QCOMPARE(settings->textSizeStep(), settings->defaults().textSizeStep);
        QCOMPARE(Theme::instance()->textScale(), 1.0);
        QCOMPARE(settings->theme(), settings->defaults().theme);
        QVERIFY(settings->speechOn());
        QCOMPARE(m_engine->rateStep(), stationRate);
        QCOMPARE(m_engine->volumeStep(), stationVolume);
        QCOMPARE(settings->language(), u"en"_s);
        QVERIFY(heard(u"The station's settings are back."_s));

        // Done: back where the visitor was.
        tap(kiosk, u"doneButton"_s);
        waitForPage(kiosk, u"Station services"_s);
    }

    void keysAloneChangeEverything()
    {
        KeypadNavigator keypad;
        qApp->installEventFilter(&keypad);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        auto *settings = VisitorSettings::instance();
        QVERIFY(pressWithArrows(kiosk, u"tile_callstaff"_s));
        waitForPage(kiosk, u"Call staff"_s);
        // Not the first size (the first control, where the keys would start anyway).
        settings->setTextSizeStep(1);
        QVERIFY(pressWithArrows(kiosk, u"settingsButton"_s));
        waitForPage(kiosk, u"Settings"_s);

        // The keypad starts on the text size in use.
        QTRY_COMPARE(kiosk.focusedItem() ? kiosk.focusedItem()->objectName() : QString(), u"textSize_1"_s);

        QVERIFY(pressWithArrows(kiosk, u"textSize_2"_s));
        QCOMPARE(settings->textSizeStep(), 2);
        QCOMPARE(Theme::instance()->textScale(), 1.6);
        QVERIFY(pressWithArrows(kiosk, u"theme_black-on-white"_s));
        QCOMPARE(settings->theme(), u"black-on-white"_s);
        QCOMPARE(kiosk.window()->color(), ThemePalette::forName(u"black-on-white"_s).background);
        QVERIFY(pressWithArrows(kiosk, u"rateLower"_s));
        QCOMPARE(m_engine->rateStep(), stationRate - 1);
        const auto slower = heard(u"This is how fast I speak now"_s);
        QVERIFY(slower);
        QCOMPARE(slower->rate, stationRate - 1);
        QVERIFY(pressWithArrows(kiosk, u"volumeHigher"_s));
        QCOMPARE(m_engine->volumeStep(), stationVolume + 1);
        const auto louder = heard(u"Loudest. This is how loud I speak now."_s);
        QVERIFY(louder);
        QCOMPARE(louder->volume, stationVolume + 1);

        // Speech off by keys: the speed and volume buttons leave the keypad's way.
        // Up goes to the control above: from the volume up to the speech switch, a few rows.
        for (int i = 0; i < 8 && kiosk.focusedItem()->objectName() != u"speechChoice"; ++i)
            QTest::keyClick(kiosk.window(), Qt::Key_Up);
        QCOMPARE(kiosk.focusedItem()->objectName(), u"speechChoice"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QVERIFY(!settings->speechOn());
        QTest::keyClick(kiosk.window(), Qt::Key_Down);
        QCOMPARE(kiosk.focusedItem()->objectName(), u"restoreButton"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QVERIFY(settings->speechOn());
        QCOMPARE(settings->textSizeStep(), settings->defaults().textSizeStep);
        QCOMPARE(settings->theme(), settings->defaults().theme);
        QCOMPARE(m_engine->rateStep(), stationRate);
        QCOMPARE(m_engine->volumeStep(), stationVolume);

        QVERIFY(pressWithArrows(kiosk, u"doneButton"_s));
        waitForPage(kiosk, u"Call staff"_s);
        qApp->removeEventFilter(&keypad);
    }

    void theSessionsEndPutsTheStationsSettingsBack()
    {
        MainWindowFixture kiosk(u"settings"_s);
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        auto *settings = VisitorSettings::instance();
        waitForPage(kiosk, u"Settings"_s);
        tap(kiosk, u"textSize_1"_s);
        tap(kiosk, u"theme_white-on-black"_s);
        tap(kiosk, u"rateHigher"_s);
        tap(kiosk, u"volumeLower"_s);
        tap(kiosk, u"speechChoice"_s);
        QCOMPARE(settings->textSizeStep(), 1);
        QVERIFY(!settings->speechOn());
        // The taps took effect, so the reset below has something to undo.
        QCOMPARE(settings->theme(), u"white-on-black"_s);
        QVERIFY(settings->theme() != settings->defaults().theme);
        QCOMPARE(m_engine->rateStep(), stationRate + 1);
        QCOMPARE(m_engine->volumeStep(), stationVolume - 1);

        Session::instance()->end();
        QCOMPARE(settings->textSizeStep(), settings->defaults().textSizeStep);
        QCOMPARE(settings->theme(), settings->defaults().theme);
        QCOMPARE(settings->speechOn(), settings->defaults().speechOn);
        QCOMPARE(m_engine->rateStep(), stationRate);
        QCOMPARE(m_engine->volumeStep(), stationVolume);
    }

    void doneStaysOnScreenAtTheLargestText_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"zh"_s, u"en"_s}) {
            QTest::newRow(qPrintable(u"portrait "_s + language)) << QSize(1080, 1920) << language;
            QTest::newRow(qPrintable(u"landscape "_s + language)) << QSize(1920, 1080) << language;
        }
    }

    void doneStaysOnScreenAtTheLargestText()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        MainWindowFixture kiosk(u"settings"_s);
        VisitorSettings::instance()->setLanguage(language);
        kiosk.window()->resize(size);
        for (int step : {0, VisitorSettings::textSizeStepCount() - 1}) {
            VisitorSettings::instance()->setTextSizeStep(step);
            settle(kiosk.window());
            QTest::qWait(50);
            QVERIFY2(onScreenAboveBottomBar(kiosk, u"doneButton"_s), qPrintable(u"text step "_s + QString::number(step)));
        }
        // At 200% the settings go on below the screen, and the page says so.
        const QQuickItem *more = kiosk.find(u"moreBelow"_s);
        QVERIFY(more);
        QVERIFY(more->property("more").toBool());
        // The last setting is reached by scrolling: the keypad brings it into view.
        QQuickItem *restore = kiosk.find(u"restoreButton"_s);
        restore->forceActiveFocus();
        QTRY_VERIFY_WITH_TIMEOUT(shownWhole(restore), 2000);
        QVERIFY(onScreenAboveBottomBar(kiosk, u"doneButton"_s));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
