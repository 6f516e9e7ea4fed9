// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "kiosk/pagecatalogue.h"

#include "accessibility/announcer.h"
#include "accessibility/focuschain.h"
#include "accessibility/keypadnavigator.h"
#include "accessibility/linebreaking.h"
#include "accessibility/speech/silentsink.h"
#include "accessibility/theme.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/touchexplorer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/store/demodata.h"

#include <QAccessible>
#include <QFont>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

/// @brief The kiosk operated without touch (keypad, switches) and by touch to explore, with
/// what it says along the way.
class TestKeypad : public QObject
{
    Q_OBJECT

    KeypadNavigator m_keypad;
    TouchExplorer m_explorer;

    static QString describe(QQuickItem *item)
    {
        if (!item)
            return QStringLiteral("(nothing)");
        if (!item->objectName().isEmpty())
            return item->objectName();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        return name.isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : QStringLiteral("\"%1\"").arg(name);
    }
    static QQuickItem *focusedControl(const MainWindowFixture &kiosk)
    {
        return FocusChain::controlFor(kiosk.focusedItem());
    }
    static QStringList spokenTexts()
    {
        QStringList out;
        for (const QVariant &entry : Announcer::instance()->utterances())
            out << entry.toMap().value(QStringLiteral("text")).toString();
        return out;
    }
    /// Presses Tab until `target` has the focus; false if it is never reached.
    static bool reachWithKeys(const MainWindowFixture &kiosk, QQuickItem *target, Qt::Key key = Qt::Key_Tab)
    {
        const qsizetype limit = FocusChain::items(kiosk.window()).size() + 1;
        for (qsizetype i = 0; i <= limit; ++i) {
            if (focusedControl(kiosk) == target)
                return true;
            QTest::keyClick(kiosk.window(), key);
        }
        return focusedControl(kiosk) == target;
    }
    /// A ring in the theme's focus colour, at least the theme's ring width, shown on `control`.
    static bool showsFocusRing(QQuickItem *control)
    {
        const QList<QQuickItem *> children = control->childItems();
        for (QQuickItem *child : children) {
            if (!child->isVisible() || !child->inherits("QQuickRectangle"))
                continue;
            // A FocusRing: its bands as wide as the theme asks, its outer tone standing out from
            // what is around the control (the focus colour, or black or white on a dark panel).
            if (!child->property("ringWidth").isValid())
                continue;
            if (child->property("outerWidth").toReal() >= Theme::instance()->focusRingWidth()
                && Theme::contrastRatio(child->property("outerColor").value<QColor>(), child->property("around").value<QColor>()) >= 3.0)
                return true;
        }
        return false;
    }
    /// The words shown inside `root` (not its pictograms).
    static QStringList textsIn(QQuickItem *root)
    {
        QStringList out;
        if (!root->isVisible() || root->opacity() <= 0.0)
            return out;
        if (root->inherits("QQuickText") && root->property("font").value<QFont>().family() != u"Material Icons")
            out << root->property("text").toString();
        for (QQuickItem *child : root->childItems())
            out << textsIn(child);
        return out;
    }
    static QList<QQuickItem *> tiles(const MainWindowFixture &kiosk)
    {
        QList<QQuickItem *> out;
        for (QQuickItem *item : FocusChain::items(kiosk.window()))
            if (item->objectName().startsWith(u"tile_"))
                out << item;
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qApp->installEventFilter(&m_keypad);
        qApp->installEventFilter(&m_explorer);
        connect(&m_keypad, &KeypadNavigator::keypadUsed, Session::instance(),
                [] { Session::instance()->setLongerTimeLimits(true); });
        connect(Session::instance(), &Session::ended, &m_keypad, &KeypadNavigator::reset);
        connect(Session::instance(), &Session::ended, &m_explorer, &TouchExplorer::reset);
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        Announcer::instance()->setStaffMode(false);
        m_keypad.switches()->setRejectMs(300);
    }

    void everyHomeTileIsReachedAndOpenedWithKeysAlone()
    {
        MainWindowFixture kiosk;
        const QString homeTitle = kiosk.pageTitle();
        QList<QString> names;
        for (QQuickItem *tile : tiles(kiosk))
            names << tile->objectName();
        QCOMPARE(names.size(), 5);
        QVERIFY(!Session::instance()->longerTimeLimits());
        for (const QString &name : names) {
            QQuickItem *tile = kiosk.find(name);
            // Right runs along a row and on to the next row where it ends.
            QVERIFY2(reachWithKeys(kiosk, tile, Qt::Key_Right), qPrintable(name + QStringLiteral(" never reached")));
            QTest::keyClick(kiosk.window(), Qt::Key_Return);
            QVERIFY2(kiosk.pageTitle() != homeTitle, qPrintable(name + QStringLiteral(" did not open its page")));
            QTest::keyClick(kiosk.window(), Qt::Key_Escape);
            QCOMPARE(kiosk.pageTitle(), homeTitle);
        }
        // A keypad visitor gets double time.
        QVERIFY(Session::instance()->longerTimeLimits());
    }

    void everyControlOnEveryPageIsReachedAndPressedWithKeys_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString &page : PageCatalogue::visitorPages())
            QTest::newRow(qPrintable(page)) << page;
    }

    void everyControlOnEveryPageIsReachedAndPressedWithKeys()
    {
        QFETCH(QString, page);
        auto kiosk = std::make_unique<MainWindowFixture>(page);
        const qsizetype count = FocusChain::items(kiosk->window()).size();
        QVERIFY2(count > 0, qPrintable(page + QStringLiteral(": nothing to reach")));
        for (qsizetype i = 0; i < count; ++i) {
            QList<QQuickItem *> chain = FocusChain::items(kiosk->window());
            const QString title = kiosk->pageTitle();
            QVERIFY2(chain.size() == count, qPrintable(page + QStringLiteral(": the controls changed under the keypad")));
            QQuickItem *target = chain.at(i);
            const QString name = page + u'/' + describe(target);
            QVERIFY2(reachWithKeys(*kiosk, target), qPrintable(name + QStringLiteral(" cannot be reached with Tab")));
            QVERIFY2(showsFocusRing(target), qPrintable(name + QStringLiteral(" shows no focus ring when it has the focus")));
            if (FocusChain::isTextInput(target))
                continue; // reached is what counts: typing goes into it
            const QMetaObject *meta = target->metaObject();
            const char *signal = meta->indexOfSignal("activated()") >= 0 ? SIGNAL(activated())
                                 : meta->indexOfSignal("clicked()") >= 0 ? SIGNAL(clicked())
                                                                         : nullptr;
            QVERIFY2(signal, qPrintable(name + QStringLiteral(" has no activated() or clicked() to press")));
            QSignalSpy pressed(target, signal);
            QTest::keyClick(kiosk->window(), Qt::Key_Return);
            QVERIFY2(pressed.size() == 1, qPrintable(name + QStringLiteral(" was not pressed by the select key")));
            // A press that left the page (Back, Call staff ...) or ended the session: start again.
            if (kiosk->pageTitle() != title || FocusChain::items(kiosk->window()) != chain) {
                kiosk.reset();
                kiosk = std::make_unique<MainWindowFixture>(page);
            }
        }
    }

    void focusOrderFollowsTheVisualOrder_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape") << QSize(1920, 1080);
        QTest::newRow("portrait") << QSize(1080, 1920);
    }

    void focusOrderFollowsTheVisualOrder()
    {
        QFETCH(QSize, size);
        MainWindowFixture kiosk;
        kiosk.window()->resize(size);
        QTest::qWait(50);
        const QList<QQuickItem *> chain = FocusChain::items(kiosk.window());
        QVERIFY(chain.size() >= 10);
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QRectF a = chain[i - 1]->mapRectToScene(chain[i - 1]->boundingRect());
            const QRectF b = chain[i]->mapRectToScene(chain[i]->boundingRect());
            const qreal overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
            const bool sameRow = overlap > qMin(a.height(), b.height()) / 2;
            const bool inOrder = sameRow ? b.left() > a.left() : b.center().y() > a.center().y();
            QVERIFY2(inOrder, qPrintable(QStringLiteral("%1 comes after %2 but is shown before it")
                                             .arg(describe(chain[i]), describe(chain[i - 1]))));
        }
    }

    void theWarningHoldsFocusOnlyWhileOpen()
    {
        MainWindowFixture kiosk;
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_help-kind"));
        QVERIFY(reachWithKeys(kiosk, tile));
        Session::instance()->warnNow();
        QCOMPARE(focusedControl(kiosk)->objectName(), QStringLiteral("moreTimeButton"));
        for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Down, Qt::Key_Backtab, Qt::Key_Up})
            QTest::keyClick(kiosk.window(), key);
        QCOMPARE(focusedControl(kiosk)->objectName(), QStringLiteral("moreTimeButton"));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QCOMPARE(Session::instance()->state(), Session::State::Active);
        // Back where the visitor was, and free to move on.
        QCOMPARE(focusedControl(kiosk), tile);
        QTest::keyClick(kiosk.window(), Qt::Key_Tab);
        QVERIFY(focusedControl(kiosk) != tile);
    }

    void aPageVisitIsSpokenInTheVisitorsLanguage()
    {
        MainWindowFixture kiosk(QStringLiteral("attract"));
        Announcer::instance()->clearUtterances();
        QTest::keyClick(kiosk.window(), Qt::Key_Down); // any key starts
        QTRY_VERIFY(Announcer::instance()->utterances().size() >= 3);
        QList<QVariantMap> said;
        for (const QVariant &entry : Announcer::instance()->utterances())
            said << entry.toMap();
        QCOMPARE(said[0].value(QStringLiteral("text")).toString(), QStringLiteral("您想办什么事？"));
        QCOMPARE(said[0].value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QVERIFY2(said[1].value(QStringLiteral("text")).toString().contains(u"触摸"), qPrintable(said[1].value(QStringLiteral("text")).toString()));
        QVERIFY2(said[2].value(QStringLiteral("text")).toString().startsWith(u"我的残疾人证") && said[2].value(QStringLiteral("text")).toString().contains(u"按钮"),
                 qPrintable(said[2].value(QStringLiteral("text")).toString()));

        Announcer::instance()->clearUtterances();
        QTest::keyClick(kiosk.window(), Qt::Key_F3); // language
        QTRY_VERIFY(spokenTexts().contains(QStringLiteral("What would you like to do?")));
        QCOMPARE(Announcer::instance()->utterances().constFirst().toMap().value(QStringLiteral("language")).toString(),
                 QStringLiteral("en"));
        Announcer::instance()->clearUtterances();
        QTest::keyClick(kiosk.window(), Qt::Key_Down);
        QTRY_VERIFY(!spokenTexts().isEmpty());
        QVERIFY2(spokenTexts().constFirst().endsWith(u", button"), qPrintable(spokenTexts().constFirst()));
        QTest::keyClick(kiosk.window(), Qt::Key_F1); // help: the one thing to do, again, with the rest of the help
        QVERIFY2(spokenTexts().constLast().startsWith(u"Help") && spokenTexts().constLast().contains(u"Touch a picture"),
                 qPrintable(spokenTexts().constLast()));
        QTest::keyClick(kiosk.window(), Qt::Key_F2); // repeat
        QCOMPARE(spokenTexts().constLast(), spokenTexts().at(spokenTexts().size() - 2));
    }

    void personalDetailsAreWithheldOnTheSpeakerThroughAWholeVisit()
    {
        MainWindowFixture kiosk;
        QVERIFY(!VisitorSettings::instance()->privateListening());
        const QString id = store::DemoData::people().constFirst().idNumber;
        QCOMPARE(id.size(), 18);
        Announcer::instance()->clearUtterances();
        // Keys alone: the certificate tile, "type my number", eighteen characters, confirm.
        QVERIFY(reachWithKeys(kiosk, kiosk.find(QStringLiteral("tile_certificate")), Qt::Key_Down));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QQuickItem *typeNumber = kiosk.find(QStringLiteral("typeNumberButton"));
        QVERIFY2(typeNumber && reachWithKeys(kiosk, typeNumber), "the type-my-number button cannot be reached");
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        for (const QChar c : id)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QQuickItem *confirm = kiosk.find(QStringLiteral("key_confirm"));
        QVERIFY2(confirm && reachWithKeys(kiosk, confirm), "confirm cannot be reached");
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_VERIFY2(kiosk.find(QStringLiteral("certificateTimeline")),
                     qPrintable(kiosk.pageTitle() + QStringLiteral(" | ") + spokenTexts().join(u'|')));
        QTest::qWait(20);

        const QList<QVariant> said = Announcer::instance()->utterances();
        int digitsEntered = 0;
        for (const QVariant &entry : said) {
            const QVariantMap map = entry.toMap();
            QString text = map.value(QStringLiteral("text")).toString();
            QVERIFY2(!map.value(QStringLiteral("privateContent")).toBool(), qPrintable(QStringLiteral("spoken as private: ") + text));
            if (text == LineBreaking::withoutJoiners(Announcer::instance()->phrase(QStringLiteral("digitEntered"))))
                ++digitsEntered;
            text.remove(QRegularExpression(QStringLiteral("[\\s,，]")));
            for (int i = 0; i + 4 <= id.size(); ++i)
                QVERIFY2(!text.contains(id.mid(i, 4)), qPrintable(QStringLiteral("ID digits on the speaker: ") + text));
        }
        QCOMPARE(digitsEntered, int(id.size()));
        QVERIFY2(spokenTexts().join(u'|').contains(u"屏幕"), qPrintable(spokenTexts().join(u'|')));
    }

    void switchScanningSelectsAGivenTile()
    {
        MainWindowFixture kiosk;
        m_keypad.switches()->setIntervalMs(1000);
        QQuickItem *services = kiosk.find(QStringLiteral("tile_services"));
        QVERIFY(services);
        const QString homeTitle = kiosk.pageTitle();
        QTest::keyClick(kiosk.window(), Qt::Key_F13); // switch 1: scanning starts
        QCOMPARE(m_keypad.switches()->mode(), SwitchScanner::Mode::Scan);
        QTRY_VERIFY_WITH_TIMEOUT(focusedControl(kiosk) == services, 20000);
        QTest::keyClick(kiosk.window(), Qt::Key_F13); // switch 1 again: choose
        QVERIFY(kiosk.pageTitle() != homeTitle);
        Session::instance()->end();
        QCOMPARE(m_keypad.switches()->mode(), SwitchScanner::Mode::Off);
    }

    void twoSwitchesMoveAndChooseAndIgnoreATremor()
    {
        MainWindowFixture kiosk;
        const QList<QQuickItem *> chain = FocusChain::items(kiosk.window());
        const qsizetype start = chain.indexOf(focusedControl(kiosk));
        QVERIFY(start >= 0);
        QTest::keyClick(kiosk.window(), Qt::Key_F14); // switch 2 first: two-switch use, one step
        QCOMPARE(m_keypad.switches()->mode(), SwitchScanner::Mode::TwoSwitch);
        QTest::keyClick(kiosk.window(), Qt::Key_F13); // move
        QTest::keyClick(kiosk.window(), Qt::Key_F13); // the same switch again at once: a tremor
        QCOMPARE(chain.indexOf(focusedControl(kiosk)), (start + 2) % chain.size());
        QTest::qWait(350);
        QTest::keyClick(kiosk.window(), Qt::Key_F13); // a deliberate second press
        QCOMPARE(chain.indexOf(focusedControl(kiosk)), (start + 3) % chain.size());
        QQuickItem *chosen = focusedControl(kiosk);
        QSignalSpy pressed(chosen, SIGNAL(activated()));
        QTest::keyClick(kiosk.window(), Qt::Key_F14); // choose
        QCOMPARE(pressed.size(), 1);
    }

    void touchToExploreSpeaksBeforeItPresses()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setTouchExplore(true);
        QQuickItem *help = kiosk.find(QStringLiteral("tile_help-kind"));
        QVERIFY(help);
        const QString homeTitle = kiosk.pageTitle();
        QStringList order;
        connect(Announcer::instance(), &Announcer::spoke, help, [&order](const QString &text) { order << text; });
        connect(help, SIGNAL(activated()), this, SLOT(noteActivation()));
        m_activations = 0;
        const QPoint centre = help->mapToScene(QPointF(help->width() / 2, help->height() / 2)).toPoint();
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, centre);
        QTest::qWait(20);
        QCOMPARE(kiosk.pageTitle(), homeTitle); // spoken, not pressed
        QCOMPARE(m_activations, 0);
        QVERIFY2(!order.isEmpty() && order.constFirst().startsWith(LineBreaking::withoutJoiners(help->property("title").toString())),
                 qPrintable(order.join(u'|')));
        QCOMPARE(focusedControl(kiosk), help);
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, centre); // the second touch presses
        QCOMPARE(m_activations, 1);
        QVERIFY(kiosk.pageTitle() != homeTitle);
    }

    void aSlidingFingerReadsWhatItCrosses()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setTouchExplore(true);
        const QString homeTitle = kiosk.pageTitle();
        Announcer::instance()->clearUtterances();
        QPointingDevice *device = QTest::createTouchDevice();
        QStringList titles;
        QList<QPoint> points;
        for (const char *name : {"tile_certificate", "tile_help-kind", "tile_services"}) {
            QQuickItem *tile = kiosk.find(QString::fromLatin1(name));
            QVERIFY(tile);
            titles << LineBreaking::withoutJoiners(tile->property("title").toString());
            points << tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
        }
        QTest::touchEvent(kiosk.window(), device).press(0, points[0]);
        QTest::qWait(10);
        for (int i = 1; i < points.size(); ++i) {
            QTest::touchEvent(kiosk.window(), device).move(0, points[i]);
            QTest::qWait(10);
        }
        QTest::touchEvent(kiosk.window(), device).release(0, points.constLast());
        QTest::qWait(20);
        QCOMPARE(kiosk.pageTitle(), homeTitle);
        const QString said = spokenTexts().join(u'|');
        for (const QString &title : titles)
            QVERIFY2(said.contains(title), qPrintable(title + QStringLiteral(" not read in: ") + said));
    }

    void withExploreOffATouchPressesAtOnce()
    {
        MainWindowFixture kiosk;
        QVERIFY(VisitorSettings::instance()->speechOn());
        QVERIFY(!VisitorSettings::instance()->touchExplore());
        const QString homeTitle = kiosk.pageTitle();
        QQuickItem *help = kiosk.find(QStringLiteral("tile_help-kind"));
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {},
                          help->mapToScene(QPointF(help->width() / 2, help->height() / 2)).toPoint());
        QVERIFY(kiosk.pageTitle() != homeTitle);
        QTRY_VERIFY(spokenTexts().contains(kiosk.pageTitle()));
    }

    void rateAndVolumeKeysDriveTheVoiceUntilTheSessionEnds()
    {
        speech::SpeechEngine engine([] { return std::make_unique<speech::SilentSink>(50.0); });
        Announcer::instance()->setEngine(&engine);
        MainWindowFixture kiosk;
        const int rate = engine.rateStep();
        const int volume = engine.volumeStep();
        QTest::keyClick(kiosk.window(), Qt::Key_F8);
        QCOMPARE(engine.rateStep(), rate + 1);
        QVERIFY2(spokenTexts().constLast().startsWith(u"语速"), qPrintable(spokenTexts().constLast()));
        QTest::keyClick(kiosk.window(), Qt::Key_F5);
        QCOMPARE(engine.volumeStep(), volume - 1);
        Session::instance()->end();
        QCOMPARE(engine.rateStep(), engine.defaultRateStep());
        QCOMPARE(engine.volumeStep(), engine.defaultVolumeStep());
        Announcer::instance()->setEngine(nullptr);
    }

    void headphonesKeyLetsPersonalDetailsBeHeard()
    {
        MainWindowFixture kiosk;
        QVERIFY(!VisitorSettings::instance()->privateListening());
        QTest::keyClick(kiosk.window(), Qt::Key_F9);
        QVERIFY(VisitorSettings::instance()->privateListening());
        Announcer::instance()->sayPrivate(QStringLiteral("张三"));
        QCOMPARE(spokenTexts().constLast(), QStringLiteral("张三"));
        Session::instance()->end();
        QVERIFY(!VisitorSettings::instance()->privateListening());
    }

    void theScreenGoesDarkWhileKeysAndSpeechGoOn()
    {
        MainWindowFixture kiosk;
        QTest::keyClick(kiosk.window(), Qt::Key_F11);
        QVERIFY(VisitorSettings::instance()->screenBlanked());
        QQuickItem *cover = kiosk.find(QStringLiteral("privacyCover"));
        QVERIFY(cover && cover->isVisible());
        QCOMPARE(cover->width(), kiosk.window()->width());
        QCOMPARE(cover->height(), kiosk.window()->height());
        QCOMPARE(cover->property("color").value<QColor>(), QColor(Qt::black));
        // The cover lies over the page: a touch reaches none of its controls.
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_help-kind"));
        QCOMPARE(FocusChain::controlAt(kiosk.window(), tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2))),
                 nullptr);
        // The page stays operable by keys, and says what has the focus.
        Announcer::instance()->clearUtterances();
        const QString homeTitle = kiosk.pageTitle();
        QTest::keyClick(kiosk.window(), Qt::Key_Right);
        QCOMPARE(focusedControl(kiosk), tile);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QVERIFY(kiosk.pageTitle() != homeTitle);
        QTRY_VERIFY(!spokenTexts().isEmpty());
        Session::instance()->end();
        QVERIFY(!cover->isVisible());
    }

    void everyModeKeyTogglesBack_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("setting");
        QTest::newRow("F4 speech") << int(Qt::Key_F4) << "speechOn";
        QTest::newRow("F9 headphones") << int(Qt::Key_F9) << "privateListening";
        QTest::newRow("F10 touch to explore") << int(Qt::Key_F10) << "touchExplore";
        QTest::newRow("F11 audio only") << int(Qt::Key_F11) << "screenBlanked";
        QTest::newRow("F12 low reach") << int(Qt::Key_F12) << "lowReach";
    }

    void everyModeKeyTogglesBack()
    {
        QFETCH(int, key);
        QFETCH(QString, setting);
        MainWindowFixture kiosk;
        kiosk.window()->resize(1080, 1920); // low reach acts on a portrait screen
        QTest::qWait(50);
        auto *settings = VisitorSettings::instance();
        const QByteArray name = setting.toLatin1();
        const bool before = settings->property(name.constData()).toBool();
        QQuickItem *cover = kiosk.find(QStringLiteral("privacyCover"));
        QTest::keyClick(kiosk.window(), Qt::Key(key));
        QCOMPARE(settings->property(name.constData()).toBool(), !before);
        QTest::keyClick(kiosk.window(), Qt::Key(key));
        QCOMPARE(settings->property(name.constData()).toBool(), before);
        // Back to normal: the screen shows, and the keys reach the page again.
        QVERIFY(!cover->isVisible());
        QVERIFY(kiosk.visibleTexts().contains(kiosk.pageTitle()));
        QTest::keyClick(kiosk.window(), Qt::Key_Right);
        QCOMPARE(focusedControl(kiosk)->objectName(), QStringLiteral("tile_help-kind"));
    }

    void arrowsMoveAsTheHomeTilesAreLaidOut_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("below"); // the tile under the first one
        QTest::newRow("landscape, three a row") << QSize(1920, 1080) << "tile_checkin";
        QTest::newRow("portrait, two a row") << QSize(1080, 1920) << "tile_services";
    }

    void arrowsMoveAsTheHomeTilesAreLaidOut()
    {
        QFETCH(QSize, size);
        QFETCH(QString, below);
        MainWindowFixture kiosk;
        kiosk.window()->resize(size);
        QTest::qWait(50);
        QQuickItem *first = kiosk.find(QStringLiteral("tile_certificate"));
        QCOMPARE(focusedControl(kiosk), first);
        const QRectF firstRect = first->mapRectToScene(first->boundingRect());
        QTest::keyClick(kiosk.window(), Qt::Key_Down);
        QCOMPARE(focusedControl(kiosk)->objectName(), below);
        const QRectF belowRect = focusedControl(kiosk)->mapRectToScene(focusedControl(kiosk)->boundingRect());
        QVERIFY(belowRect.top() >= firstRect.bottom());
        QCOMPARE(belowRect.left(), firstRect.left());
        QTest::keyClick(kiosk.window(), Qt::Key_Up);
        QCOMPARE(focusedControl(kiosk), first);
        QTest::keyClick(kiosk.window(), Qt::Key_Right);
        QCOMPARE(focusedControl(kiosk)->objectName(), QStringLiteral("tile_help-kind"));
        QTest::keyClick(kiosk.window(), Qt::Key_Left);
        QCOMPARE(focusedControl(kiosk), first);
        // Up from the top row reaches the top bar above it; Tab still goes in reading order.
        QTest::keyClick(kiosk.window(), Qt::Key_Up);
        QQuickItem *above = focusedControl(kiosk);
        QVERIFY(above->mapRectToScene(above->boundingRect()).bottom() <= firstRect.top());
        QTest::keyClick(kiosk.window(), Qt::Key_Tab);
        QVERIFY(focusedControl(kiosk) != above);
    }

    void arrowsMoveAsTheNumberKeysAreLaidOut_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("landscape") << QSize(1920, 1080);
        QTest::newRow("portrait") << QSize(1080, 1920);
    }

    void arrowsMoveAsTheNumberKeysAreLaidOut()
    {
        QFETCH(QSize, size);
        MainWindowFixture kiosk(QStringLiteral("idnumber"));
        kiosk.window()->resize(size);
        QTest::qWait(50);
        kiosk.find(QStringLiteral("key_2"))->forceActiveFocus();
        const auto press = [&kiosk](Qt::Key key) {
            QTest::keyClick(kiosk.window(), key);
            return describe(focusedControl(kiosk));
        };
        QCOMPARE(press(Qt::Key_Down), QStringLiteral("key_5"));
        QCOMPARE(press(Qt::Key_Down), QStringLiteral("key_8"));
        QCOMPARE(press(Qt::Key_Down), QStringLiteral("key_0"));
        QCOMPARE(press(Qt::Key_Up), QStringLiteral("key_8"));
        QCOMPARE(press(Qt::Key_Left), QStringLiteral("key_7"));
        QCOMPARE(press(Qt::Key_Right), QStringLiteral("key_8"));
        QCOMPARE(press(Qt::Key_Right), QStringLiteral("key_9"));
        QCOMPARE(press(Qt::Key_Up), QStringLiteral("key_6"));
    }

    void typedDigitsNeverLeaveTheFocusOnADigitKey()
    {
        // The staff PIN: typed on a keyboard while the on-screen "1" has the focus, Return
        // opens staff mode instead of adding a "1".
        MainWindowFixture kiosk(QStringLiteral("staffpin"));
        StaffMode::instance()->setPin(QStringLiteral("2468"));
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_1"));
        for (const char digit : {'2', '4', '6', '8'})
            QTest::keyClick(kiosk.window(), digit);
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_confirm"));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_COMPARE(Navigator::instance()->currentPage(), QStringLiteral("staff"));
        Session::instance()->end();
    }

    void returnAfterTypingNeverTypesTheFocusedKey()
    {
        // Half an ID number typed on a keyboard: Confirm waits, and Return adds nothing.
        MainWindowFixture kiosk(QStringLiteral("idnumber"));
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_1"));
        const QString id = store::DemoData::people().constFirst().idNumber;
        for (const QChar c : id.left(10))
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        const auto typed = [&kiosk] {
            return kiosk.find(QStringLiteral("typedNumber"))->property("text").toString().remove(QRegularExpression(QStringLiteral("[^0-9X]")));
        };
        QCOMPARE(typed(), id.left(10));
        QTRY_VERIFY2(spokenTexts().constLast().contains(u"unavailable"), qPrintable(spokenTexts().constLast()));
        // Fifteen digits may be an old card's number, so Confirm takes the focus; the sixteenth
        // makes it wait again, and the ring goes to Delete, never to nothing.
        for (const QChar c : id.mid(10, 5))
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_confirm"));
        QTest::keyClick(kiosk.window(), id.at(15).toLatin1());
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_delete"));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QCOMPARE(typed(), id.left(16));
        // The rest of it: the focus is on Confirm, and Return opens the certificate.
        for (const QChar c : id.mid(16))
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QCOMPARE(describe(focusedControl(kiosk)), QStringLiteral("key_confirm"));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_VERIFY(kiosk.find(QStringLiteral("certificateTimeline")));
    }

    // The Help overlay: words on the screen, said as shown, keys kept inside, focus given back.

    void helpOpensByButtonAndByKeyAndSaysWhatItShows_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("byKey");
        QTest::newRow("home, Help button") << "home" << false;
        QTest::newRow("home, F1") << "home" << true;
        QTest::newRow("ID number, F1") << "idnumber" << true;
        QTest::newRow("ID number, Help button") << "idnumber" << false;
    }

    void helpOpensByButtonAndByKeyAndSaysWhatItShows()
    {
        QFETCH(QString, page);
        QFETCH(bool, byKey);
        MainWindowFixture kiosk(page);
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QTest::qWait(50);
        auto *pageItem = qobject_cast<QQuickItem *>(kiosk.find(QStringLiteral("pageLoader"))->property("item").value<QObject *>());
        const QString instruction = pageItem->property("instruction").toString();
        QVERIFY(!instruction.isEmpty());
        QQuickItem *overlay = kiosk.find(QStringLiteral("helpOverlay"));
        QVERIFY(overlay && !overlay->isVisible());
        QVERIFY(!kiosk.visibleTexts().contains(QStringLiteral("With the keypad")));
        Announcer::instance()->clearUtterances();
        if (byKey) {
            QTest::keyClick(kiosk.window(), Qt::Key_F1);
        } else {
            QQuickItem *help = kiosk.find(QStringLiteral("helpButton"));
            QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, help->mapToScene(QPointF(help->width() / 2, help->height() / 2)).toPoint());
        }
        QVERIFY(overlay->isVisible());
        const QString shown = textsIn(overlay).join(u'\n');
        for (const QString &words : {kiosk.pageTitle(), instruction, QStringLiteral("By touch"), QStringLiteral("With the keypad"),
                                     QStringLiteral("With a switch"), QStringLiteral("Call staff"), QStringLiteral("Close")})
            QVERIFY2(shown.contains(words), qPrintable(words + QStringLiteral(" not shown in: ") + shown));
        // Said as shown: one utterance with the same words, in the visitor's language.
        const QVariantMap said = Announcer::instance()->utterances().constLast().toMap();
        const QString spoken = said.value(QStringLiteral("text")).toString();
        QCOMPARE(said.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        for (const QString &words : {kiosk.pageTitle(), instruction, QStringLiteral("With the keypad"), QStringLiteral("With a switch")})
            QVERIFY2(spoken.contains(words), qPrintable(words + QStringLiteral(" not said in: ") + spoken));
        QVERIFY(overlay->isAncestorOf(focusedControl(kiosk)));
    }

    void helpKeepsTheKeysInsideAndGivesTheFocusBack_data()
    {
        QTest::addColumn<int>("closeKey");
        QTest::newRow("Escape") << int(Qt::Key_Escape);
        QTest::newRow("F1 again") << int(Qt::Key_F1);
        QTest::newRow("Page Up") << int(Qt::Key_PageUp);
    }

    void helpKeepsTheKeysInsideAndGivesTheFocusBack()
    {
        QFETCH(int, closeKey);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const QString homeTitle = kiosk.pageTitle();
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_services"));
        QVERIFY(reachWithKeys(kiosk, tile));
        QTest::keyClick(kiosk.window(), Qt::Key_F1);
        QQuickItem *overlay = kiosk.find(QStringLiteral("helpOverlay"));
        QVERIFY(overlay->isVisible());
        // Every key that moves, and the switches, stay among the overlay's own parts.
        QStringList reached;
        for (Qt::Key key : {Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down,
                            Qt::Key_Right, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_Up, Qt::Key_Left, Qt::Key_Backtab, Qt::Key_F14,
                            Qt::Key_F13, Qt::Key_F13, Qt::Key_Home, Qt::Key_PageDown}) {
            QTest::keyClick(kiosk.window(), key);
            QVERIFY2(overlay->isAncestorOf(focusedControl(kiosk)),
                     qPrintable(QStringLiteral("the focus left the Help overlay for %1").arg(describe(focusedControl(kiosk)))));
            reached << describe(focusedControl(kiosk));
            QCOMPARE(kiosk.pageTitle(), homeTitle);
        }
        m_keypad.reset();
        // Down reaches every part, then Close and Call staff below them.
        QVERIFY2(reached.contains(QStringLiteral("helpSwitch")) && reached.contains(QStringLiteral("helpCloseButton")),
                 qPrintable(reached.join(u' ')));
        QTest::keyClick(kiosk.window(), Qt::Key(closeKey));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(kiosk.pageTitle(), homeTitle);
        QCOMPARE(focusedControl(kiosk), tile);
    }

    void helpCallsStaffAndClosesByTouch()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QQuickItem *overlay = kiosk.find(QStringLiteral("helpOverlay"));
        const auto touch = [&kiosk](const QString &name) {
            QQuickItem *item = kiosk.find(name);
            QVERIFY(item && item->isVisible());
            QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        };
        touch(QStringLiteral("helpButton"));
        QVERIFY(overlay->isVisible());
        touch(QStringLiteral("helpCloseButton"));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(focusedControl(kiosk)->objectName(), QStringLiteral("helpButton"));
        touch(QStringLiteral("helpButton"));
        touch(QStringLiteral("helpCallStaffButton"));
        QVERIFY(!overlay->isVisible());
        QCOMPARE(Navigator::instance()->currentPage(), QStringLiteral("callstaff"));
    }

    void helpFitsTheLargestTextAndScrollsWithACue_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("portrait, zh") << QSize(1080, 1920) << "zh";
        QTest::newRow("landscape, en") << QSize(1920, 1080) << "en";
    }

    void helpFitsTheLargestTextAndScrollsWithACue()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        MainWindowFixture kiosk(QStringLiteral("help-overlay"));
        VisitorSettings::instance()->setLanguage(language);
        VisitorSettings::instance()->setTextSizeStep(3);
        kiosk.window()->resize(size);
        QTest::qWait(100);
        QQuickItem *overlay = kiosk.find(QStringLiteral("helpOverlay"));
        QVERIFY(overlay->isVisible());
        const QRectF window(QPointF(0, 0), kiosk.window()->size());
        for (const char *name : {"helpCloseButton", "helpCallStaffButton"}) {
            QQuickItem *button = kiosk.find(QString::fromLatin1(name));
            QVERIFY2(window.contains(button->mapRectToScene(button->boundingRect())), name);
        }
        auto *scroll = qobject_cast<QQuickItem *>(kiosk.find(QStringLiteral("helpScroll")));
        QVERIFY(scroll->property("contentHeight").toReal() > scroll->height()); // it does not fit at 200 %
        QQuickItem *cue = nullptr;
        for (QQuickItem *item : overlay->findChildren<QQuickItem *>(QStringLiteral("moreBelow")))
            cue = item;
        QVERIFY(cue && cue->opacity() > 0);
        // Down through the parts: the column scrolls, and the last part comes into view.
        QQuickItem *last = kiosk.find(QStringLiteral("helpPerson"));
        for (int i = 0; i < 6 && focusedControl(kiosk) != last; ++i)
            QTest::keyClick(kiosk.window(), Qt::Key_Down);
        QCOMPARE(focusedControl(kiosk), last);
        QTRY_VERIFY(scroll->property("contentY").toReal() > 0);
        const QRectF view = scroll->mapRectToScene(scroll->boundingRect());
        QTRY_VERIFY(view.contains(last->mapRectToScene(last->boundingRect()).center()));
    }

    void lowReachPutsThePageControlsInTheLowerHalf()
    {
        MainWindowFixture kiosk;
        kiosk.window()->resize(1080, 1920);
        QTest::keyClick(kiosk.window(), Qt::Key_F12);
        QVERIFY(VisitorSettings::instance()->lowReach());
        QTest::qWait(50);
        // Every control counts, the top bar's language, size, contrast, speech and help too.
        int checked = 0;
        for (QQuickItem *control : FocusChain::items(kiosk.window())) {
            const QRectF rect = control->mapRectToScene(control->boundingRect());
            QVERIFY2(rect.top() >= kiosk.window()->height() / 2 - 1,
                     qPrintable(QStringLiteral("%1 is at %2 px, above the reach line").arg(describe(control)).arg(rect.top())));
            ++checked;
        }
        QVERIFY(checked >= 12);
    }

public slots:
    void noteActivation() { ++m_activations; }

private:
    int m_activations = 0;
};

QTEST_MAIN(TestKeypad)
#include "tst_keypad.moc"
