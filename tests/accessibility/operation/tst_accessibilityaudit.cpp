// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsetting.h"
#include "layoutauditor.h"
#include "mainwindowfixture.h"
#include "kiosk/kioskservices.h"
#include "kiosk/navigator.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/screenshotfixture.h"

#include "accessibility/focuschain.h"
#include "accessibility/theme.h"
#include "accessibility/themepalette.h"
#include "accessibility/visitorsettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <functional>

namespace {

/// The pages this run audits: all of them, or with KIOSK_AUDIT_SHARD=i/n every n-th page from
/// the i-th (counting from 1), so CTest can run parts of the audit side by side; "none" for the
/// run of the audit's own checks, whose pages the parts walk.
QStringList pagesOfThisRun()
{
    const QStringList pages = PageCatalogue::names();
    const QString shard = qEnvironmentVariable("KIOSK_AUDIT_SHARD");
    if (shard == u"none")
        return {};
    const int part = shard.section(u'/', 0, 0).toInt();
    const int parts = shard.section(u'/', 1, 1).toInt();
    if (parts <= 0 || part < 1 || part > parts)
        return pages;
    QStringList mine;
    for (qsizetype i = part - 1; i < pages.size(); i += parts)
        mine << pages.at(i);
    return mine;
}

QStringList audit(QQuickWindow *window, bool staffPage = false, int *rings = nullptr)
{
    QStringList found;
    LayoutAuditor auditor(window, {staffPage, true}, found);
    auditor.run();
    if (rings)
        *rings = auditor.ringsAudited();
    return found;
}

QString joined(const QStringList &lines)
{
    return lines.join(u'\n');
}

/// The problems that mention `item` and `what`.
bool reports(const QStringList &problems, const QString &item, const QString &what)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &line) { return line.contains(item) && line.contains(what); });
}

/// The rectangles a focus ring draws with (one, or a ring within a ring).
QList<QQuickItem *> ringRectangles(QQuickItem *ring)
{
    QList<QQuickItem *> found;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (item->inherits("QQuickRectangle"))
            found << item;
        for (QQuickItem *child : item->childItems())
            walk(child);
    };
    walk(ring);
    return found;
}

QQuickItem *shownRing(QQuickItem *item)
{
    if (QString::fromLatin1(item->metaObject()->className()).startsWith(u"FocusRing") && item->isVisible())
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *ring = shownRing(child))
            return ring;
    return nullptr;
}

/// An opaque rectangle laid over `item`, as a badly placed panel would be.
QQuickItem *coverOver(QQmlEngine *engine, QQuickWindow *window, QQuickItem *item)
{
    QQmlComponent component(engine);
    component.setData("import QtQuick\nRectangle { objectName: \"strayPanel\"; color: \"#808080\"; z: 1000 }", QUrl());
    auto *cover = qobject_cast<QQuickItem *>(component.create());
    cover->setParent(window->contentItem());
    cover->setParentItem(window->contentItem());
    const QRectF r = item->mapRectToScene(item->boundingRect());
    cover->setPosition(r.topLeft());
    cover->setSize(r.size());
    return cover;
}

} // namespace

/// @brief The accessibility and layout audit: every page in every theme, text size, language
/// and orientation (LayoutAuditor's rules); failures name the page, the setting and the item.
class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyThemeMeetsTheContrastRatios()
    {
        QStringList problems;
        for (const QString &name : ThemePalette::names()) {
            VisitorSettings::instance()->setTheme(name);
            const Theme *t = Theme::instance();
            const QList<std::tuple<const char *, QColor, QColor, double>> pairs = {
                {"onBackground/background", t->onBackground(), t->background(), 7.0},
                {"onSurface/surface", t->onSurface(), t->surface(), 7.0},
                {"onPrimary/primary", t->onPrimary(), t->primary(), 7.0},
                {"onDanger/danger", t->onDanger(), t->danger(), 7.0},
                {"onSuccess/success", t->onSuccess(), t->success(), 7.0},
                {"focus/background", t->focus(), t->background(), 3.0},
                {"focus/surface", t->focus(), t->surface(), 3.0},
            };
            for (const auto &[label, a, b, needed] : pairs) {
                const double ratio = Theme::contrastRatio(a, b);
                if (ratio < needed)
                    problems << QStringLiteral("%1: %2 is %3:1, needs %4:1").arg(name, QString::fromLatin1(label)).arg(ratio, 0, 'f', 2).arg(needed);
            }
            for (int band = 0; band < 5; ++band) {
                const double ratio = Theme::contrastRatio(t->onBand(), t->band(band));
                if (ratio < 7.0)
                    problems << QStringLiteral("%1: onBand/band %2 is %3:1").arg(name).arg(band).arg(ratio, 0, 'f', 2);
            }
        }
        VisitorSettings::instance()->resetToDefaults();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("page");
        const QStringList pages = pagesOfThisRun();
        if (pages.isEmpty())
            QSKIP("every page is walked by the tst_accessibilityaudit_pages_* tests");
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << page;
    }

    void everyPage()
    {
        QFETCH(QString, page);
        QElapsedTimer clock;
        clock.start();
        VisitorSettings::instance()->resetToDefaults();
        // The page as `kiosk --screenshot` shows it: with its fixture's demo visitor and data
        // (queue tickets, unconfirmed bookings ...), prepared before the window opens the page,
        // so a page that needs an identified visitor is audited itself, not the identify page.
        MainWindowFixture kiosk(page, [&page] { ScreenshotFixture::prepare(page, QString::fromLatin1(KioskServices::demoStaffPin)); });
        // The page settles: its scrolling column opens at the top once laid out.
        QTest::qWait(300);
        const auto entry = PageCatalogue::find(page);
        if (entry->needsIdentity)
            QCOMPARE(Navigator::instance()->currentPage(), page);
        // A focused control, for its focus ring: the one the page gave the focus, else the first.
        QQuickItem *focused = kiosk.window()->activeFocusItem();
        const QList<QQuickItem *> chain = FocusChain::items(kiosk.window());
        if ((!focused || !focused->activeFocusOnTab()) && !chain.isEmpty())
            chain.constFirst()->forceActiveFocus();
        const bool staffPage = PageCatalogue::isStaffPage(page);
        const QList<AuditSetting> settings = AuditSetting::all();
        QStringList problems;
        int rings = 0;
        for (const AuditSetting &setting : settings) {
            setting.apply();
            kiosk.window()->resize(setting.size);
            QTest::qWait(30); // layouts and text settle (polish)
            QStringList found;
            LayoutAuditor auditor(kiosk.window(), {staffPage, entry->fixture != PageFixture::Warning}, found);
            auditor.run();
            rings += auditor.ringsAudited();
            for (const QString &line : std::as_const(found))
                problems << QStringLiteral("%1 [%2] %3").arg(page, setting.label(), line);
        }
        if (rings == 0 && !chain.isEmpty() && entry->fixture != PageFixture::Warning && entry->fixture != PageFixture::Attract)
            problems << QStringLiteral("%1: no focus ring was seen in any setting").arg(page);
        problems.removeDuplicates();
        // Every problem, not only the first 60, for whoever fixes the pages.
        if (const QString report = qEnvironmentVariable("KIOSK_AUDIT_REPORT"); !report.isEmpty()) {
            QFile file(report);
            if (file.open(QIODevice::Append | QIODevice::Text))
                file.write((problems.join(u'\n') + (problems.isEmpty() ? QString() : QStringLiteral("\n"))).toUtf8());
        }
        qInfo("%s: %lld controls, %lld settings, %d focus rings measured, %lld problems, %lld ms", qPrintable(page),
              qlonglong(chain.size()), qlonglong(settings.size()), rings, qlonglong(problems.size()), qlonglong(clock.elapsed()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 60).join(u'\n')
                                                + (problems.size() > 60 ? QStringLiteral("\n... %1 in all").arg(problems.size()) : QString())));
    }

    // Each rule made to fail once: the audit must be able to fail.

    void theAuditCatchesABrokenPage()
    {
        // Shrink a button, hide its name, cut a text, blacken a tile.
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk;
        QTest::qWait(30);
        QQuickItem *home = kiosk.find(QStringLiteral("homeButton"));
        QVERIFY(home);
        home->setProperty("text", QString());
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_help-kind"));
        QVERIFY(tile);
        tile->setHeight(Theme::instance()->targetSize() / 2);
        // Call staff's words in the colour of its fill.
        QQuickItem *callStaff = kiosk.find(QStringLiteral("callStaffButton"));
        QVERIFY(callStaff);
        callStaff->setProperty("fill", callStaff->property("ink"));
        QQuickItem *title = kiosk.find(QStringLiteral("pageTitle"));
        title->setProperty("wrapMode", 0);
        title->setProperty("elide", 3); // Text.ElideRight
        title->setWidth(40);
        QTest::qWait(30);
        const QStringList found = audit(kiosk.window());
        const QString all = joined(found);
        QVERIFY2(reports(found, QStringLiteral("homeButton"), QStringLiteral("no accessible name")), qPrintable(all));
        QVERIFY2(reports(found, QStringLiteral("tile_help-kind"), QStringLiteral("smaller than")), qPrintable(all));
        QVERIFY2(reports(found, QStringLiteral("callStaffButton"), QStringLiteral("contrast 1.00:1")), qPrintable(all));
        QVERIFY2(reports(found, QStringLiteral("pageTitle"), QStringLiteral("truncated")) || reports(found, QStringLiteral("pageTitle"), QStringLiteral("px of text in")), qPrintable(all));
    }

    void theAuditCatchesTextBelowAScrollingAreaWithoutItsCue()
    {
        // The settings page at the largest text on a wide screen goes on below; with its cue
        // gone, the words it hides are reported, and with the cue back they are not.
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setTextSizeStep(VisitorSettings::textSizeStepCount() - 1);
        MainWindowFixture kiosk(QStringLiteral("settings"));
        QTest::qWait(300);
        QQuickItem *cue = kiosk.find(QStringLiteral("moreBelow"));
        QVERIFY(cue);
        QVERIFY2(cue->property("more").toBool(), "the settings page should go on below at the largest text");
        const QStringList withCue = audit(kiosk.window());
        QVERIFY2(!reports(withCue, QString(), QStringLiteral("no \"More below\" cue")), qPrintable(joined(withCue)));
        cue->setVisible(false);
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, QString(), QStringLiteral("no \"More below\" cue shows")), qPrintable(joined(found)));
        VisitorSettings::instance()->resetToDefaults();
    }

    void theAuditCatchesAPrimaryActionOffScreenAndACoveredBottomBar()
    {
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk(QStringLiteral("settings"));
        QTest::qWait(300);
        auto *page = kiosk.find(QStringLiteral("pageLoader"))->property("item").value<QQuickItem *>();
        auto *action = page ? page->property("primaryAction").value<QQuickItem *>() : nullptr;
        QVERIFY2(action, "the settings page names its primary action");
        QVERIFY2(!reports(audit(kiosk.window()), QStringLiteral("must be wholly on screen"), QString()), qPrintable(joined(audit(kiosk.window()))));
        // Pushed below the window (as a long page without a fixed action row would push it).
        action->setY(action->y() + kiosk.window()->height());
        QQuickItem *callStaff = kiosk.find(QStringLiteral("callStaffButton"));
        coverOver(kiosk.engine(), kiosk.window(), callStaff);
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, action->objectName(), QStringLiteral("must be wholly on screen")), qPrintable(joined(found)));
        QVERIFY2(reports(found, QStringLiteral("callStaffButton"), QStringLiteral("covered by QQuickRectangle \"strayPanel\"")), qPrintable(joined(found)));
    }

    void theAuditCatchesOverlappingControls()
    {
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk;
        QTest::qWait(30);
        QQuickItem *first = kiosk.find(QStringLiteral("tile_help-kind"));
        QQuickItem *second = kiosk.find(QStringLiteral("tile_services"));
        QVERIFY(first && second);
        second->setPosition(second->parentItem()->mapFromScene(first->mapToScene(QPointF(first->width() / 2, first->height() / 2))));
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, QStringLiteral("overlaps"), QStringLiteral("tile_help-kind")), qPrintable(joined(found)));
    }

    void theAuditCatchesAControlOverWords()
    {
        // The page's instruction with a button laid over it (as the staff calls page once laid
        // Back over its instruction in portrait at the largest text).
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk;
        QTest::qWait(30);
        const QStringList before = audit(kiosk.window());
        QVERIFY2(!reports(before, QStringLiteral("words lie over"), QString()), qPrintable(joined(before)));
        QQuickItem *title = kiosk.find(QStringLiteral("pageTitle"));
        QQuickItem *help = kiosk.find(QStringLiteral("helpButton"));
        QVERIFY(title && help);
        help->setPosition(help->parentItem()->mapFromScene(title->mapToScene(QPointF(0, 0))));
        QTest::qWait(30);
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, QStringLiteral("words lie over"), QStringLiteral("helpButton")), qPrintable(joined(found)));
    }

    void theAuditCatchesAThinOrFaintFocusRing()
    {
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk;
        QTest::qWait(30);
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_services"));
        QVERIFY(tile);
        tile->forceActiveFocus();
        QTest::qWait(30);
        int rings = 0;
        const QStringList before = audit(kiosk.window(), false, &rings);
        QCOMPARE(rings, 1);
        QVERIFY2(!reports(before, QStringLiteral("focus ring"), QString()), qPrintable(joined(before)));
        QQuickItem *ring = shownRing(tile);
        QVERIFY(ring);
        for (QQuickItem *rectangle : ringRectangles(ring)) {
            QObject *border = rectangle->property("border").value<QObject *>();
            if (border->property("width").toReal() > 0) {
                border->setProperty("width", 1);
                border->setProperty("color", kiosk.window()->color().darker(105));
            }
        }
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, QStringLiteral("focus ring"), QStringLiteral("thinner than")), qPrintable(joined(found)));
        QVERIFY2(reports(found, QStringLiteral("focus ring"), QStringLiteral("needs 3:1")), qPrintable(joined(found)));
        // A control with the focus and no ring at all.
        ring->setVisible(false);
        const QStringList noRing = audit(kiosk.window());
        QVERIFY2(reports(noRing, QStringLiteral("tile_services"), QStringLiteral("shows no focus ring")), qPrintable(joined(noRing)));
    }

    void theAuditCatchesFaintDisabledText()
    {
        VisitorSettings::instance()->resetToDefaults();
        MainWindowFixture kiosk;
        QTest::qWait(30);
        QQuickItem *home = kiosk.find(QStringLiteral("homeButton"));
        QVERIFY(home);
        home->setEnabled(false);
        QTest::qWait(30);
        QVERIFY2(!reports(audit(kiosk.window()), QStringLiteral("disabled"), QStringLiteral("needs 4.5:1")), qPrintable(joined(audit(kiosk.window()))));
        // Its words at about 3:1 on its fill: readable enough for an enabled pictogram, too
        // faint for the words of a disabled control (4.5:1).
        const QColor fill = home->property("color").value<QColor>();
        const QColor ink = Theme::contrastRatio(QColor(Qt::black), fill) > Theme::contrastRatio(QColor(Qt::white), fill) ? QColor(Qt::black) : QColor(Qt::white);
        QColor faint = ink;
        for (qreal t = 0; t <= 1.0; t += 0.02) {
            faint = QColor::fromRgbF(float(fill.redF() + (ink.redF() - fill.redF()) * t), float(fill.greenF() + (ink.greenF() - fill.greenF()) * t),
                                     float(fill.blueF() + (ink.blueF() - fill.blueF()) * t));
            if (Theme::contrastRatio(faint, fill) >= 3.0)
                break;
        }
        std::function<void(QQuickItem *)> fade = [&](QQuickItem *item) {
            if (item->inherits("QQuickText") && item->property("font").value<QFont>().family() != u"Material Icons")
                item->setProperty("color", faint);
            for (QQuickItem *child : item->childItems())
                fade(child);
        };
        fade(home);
        const QStringList found = audit(kiosk.window());
        QVERIFY2(reports(found, QStringLiteral("disabled"), QStringLiteral("needs 4.5:1")), qPrintable(joined(found)));
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
