// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "kiosk/kioskservices.h"
#include "kiosk/navigator.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/screenshotfixture.h"

#include "accessibility/focuschain.h"
#include "accessibility/theme.h"
#include "accessibility/themepalette.h"
#include "accessibility/visitorsettings.h"

#include <QAccessible>
#include <QFont>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Setting
{
    QString theme;
    int textSizeStep = 0;
    QString language;
    QSize size;
    bool lowReach = false;
    [[nodiscard]] QString label() const
    {
        return QStringLiteral("%1, text %2, %3, %4%5").arg(theme).arg(textSizeStep + 1).arg(language,
                                                                                              size.width() > size.height() ? QStringLiteral("landscape") : QStringLiteral("portrait"),
                                                                                              lowReach ? QStringLiteral(", low reach") : QString());
    }
};

/// Every theme at the default size; every size in the default theme, both orientations and
/// both languages (the combinations where layouts break); low reach on a portrait screen.
/// 22 settings per page.
QList<Setting> sampledSettings()
{
    QList<Setting> settings;
    const QSize landscape(1920, 1080);
    const QSize portrait(1080, 1920);
    for (const QString &theme : ThemePalette::names())
        settings << Setting{theme, 0, QStringLiteral("zh"), landscape};
    for (int step = 0; step < VisitorSettings::textSizeStepCount(); ++step)
        for (const QSize &size : {landscape, portrait})
            for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")})
                settings << Setting{ThemePalette::names().constFirst(), step, language, size};
    // Low reach squeezes the page into the lower half: at the default and the largest size.
    for (int step : {0, VisitorSettings::textSizeStepCount() - 1})
        settings << Setting{ThemePalette::names().constFirst(), step, QStringLiteral("en"), portrait, true};
    return settings;
}

bool isIcon(const QQuickItem *text)
{
    return text->property("font").value<QFont>().family() == u"Material Icons";
}

QString describe(QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        name = iface ? iface->text(QAccessible::Name) : QString();
    }
    if (name.isEmpty())
        name = item->property("text").toString();
    name = name.left(40);
    QString where;
    for (QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (!it->objectName().isEmpty()) {
            where = QStringLiteral(" in ") + it->objectName();
            break;
        }
    return QStringLiteral("%1 \"%2\"%3").arg(QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0), name, where);
}

const QQuickItem *enclosingFlickable(const QQuickItem *item)
{
    for (const QQuickItem *it = item->parentItem(); it; it = it->parentItem())
        if (it->inherits("QQuickFlickable"))
            return it;
    return nullptr;
}

bool insideFlickable(const QQuickItem *item)
{
    return enclosingFlickable(item) != nullptr;
}

/// The part of the scene where `item` can be seen: a scrolled list shows its content only
/// inside its own frame, so what is scrolled out of it is neither seen nor painted.
QRectF viewportOf(const QQuickItem *item, const QRectF &window)
{
    const QQuickItem *flickable = enclosingFlickable(item);
    return flickable ? flickable->mapRectToScene(flickable->boundingRect()).intersected(window) : window;
}

/// Walks the window in painting order and records every problem a visitor would meet.
class Auditor
{
public:
    Auditor(QQuickWindow *window, bool staffPage, QStringList &problems)
        : m_window(window)
        , m_staffPage(staffPage)
        , m_problems(problems)
        , m_windowRect(0, 0, window->width(), window->height())
    {
        m_painted.append({m_windowRect, window->color(), nullptr, m_windowRect});
    }

    void run() { visit(m_window->contentItem()); }

private:
    struct Paint
    {
        QRectF rect;
        QColor color;
        const QQuickItem *list = nullptr; ///< the scrolled list it is painted in, if any
        QRectF seen;                      ///< the part of `rect` inside its list's frame
    };

    void problem(QQuickItem *item, const QString &what) { m_problems << describe(item) + QStringLiteral(": ") + what; }

    [[nodiscard]] QColor backgroundAt(QPointF point) const
    {
        for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
            if (it->seen.contains(point))
                return it->color;
        return m_window->color();
    }

    /// What `list` itself paints at `point`, else what the page paints under the list.
    [[nodiscard]] QColor backgroundInList(const QQuickItem *list, QPointF point) const
    {
        for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
            if (it->list == list && it->rect.contains(point))
                return it->color;
        // Nothing of the list's own there: the page under the list shows through.
        const QPointF under = list->mapRectToScene(list->boundingRect()).center();
        for (auto it = m_painted.crbegin(); it != m_painted.crend(); ++it)
            if (!it->list && it->seen.contains(under))
                return it->color;
        return m_window->color();
    }

    void visit(QQuickItem *item, qreal opacity = 1.0, bool enabled = true)
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        opacity *= item->opacity();
        enabled = enabled && item->isEnabled();
        const QRectF rect = item->mapRectToScene(item->boundingRect());
        if (item->inherits("QQuickRectangle")) {
            const QColor color = item->property("color").value<QColor>();
            if (color.alphaF() >= 0.99 && opacity >= 0.99)
                m_painted.append({rect, color, enclosingFlickable(item), rect.intersected(viewportOf(item, m_windowRect))});
        }
        if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty())
            auditText(item, rect, opacity >= 0.99 && enabled);
        if (item->activeFocusOnTab() && item->isEnabled())
            auditControl(item, rect);

        QList<QQuickItem *> children = item->childItems();
        std::stable_sort(children.begin(), children.end(),
                         [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
        for (QQuickItem *child : children)
            visit(child, opacity, enabled);
    }

    void auditControl(QQuickItem *item, QRectF rect)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (!iface) {
            problem(item, QStringLiteral("no accessible interface"));
            return;
        }
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane
            || role == QAccessible::StaticText || role == QAccessible::Grouping)
            problem(item, QStringLiteral("interactive but its accessible role says it is not (role %1)").arg(int(role)));
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problem(item, QStringLiteral("no accessible name"));
        const int target = Theme::instance()->targetSize();
        if (!m_staffPage && (rect.width() < target - 1 || rect.height() < target - 1))
            problem(item, QStringLiteral("%1 x %2 px, smaller than the %3 px (15 mm) target")
                              .arg(rect.width()).arg(rect.height()).arg(target));
        if (!insideFlickable(item) && !m_windowRect.adjusted(-1, -1, 1, 1).contains(rect))
            problem(item, QStringLiteral("outside the window (%1,%2 %3x%4)").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()));
    }

    /// `opaque`: shown at full strength; a disabled or faded control has no contrast
    /// requirement (WCAG 1.4.6 exempts inactive components), but its words must still fit.
    void auditText(QQuickItem *text, QRectF rect, bool opaque)
    {
        if (text->property("truncated").toBool())
            problem(text, QStringLiteral("truncated"));
        const qreal contentWidth = text->property("contentWidth").toReal();
        if (contentWidth > text->width() + 1 && text->width() > 0)
            problem(text, QStringLiteral("%1 px of text in %2 px").arg(contentWidth).arg(text->width()));
        const QRectF inked(rect.topLeft(), QSizeF(qMin(rect.width(), contentWidth), text->property("contentHeight").toReal()));
        if (!insideFlickable(text)) {
            if (!m_windowRect.adjusted(-1, -1, 1, 1).contains(inked))
                problem(text, QStringLiteral("outside the window"));
            for (QQuickItem *it = text->parentItem(); it; it = it->parentItem()) {
                if (it->clip() && !it->mapRectToScene(it->boundingRect()).adjusted(-1, -1, 1, 1).contains(inked)) {
                    problem(text, QStringLiteral("cut off by %1").arg(describe(it)));
                    break;
                }
            }
        }
        if (!opaque)
            return;
        const QColor ink = text->property("color").value<QColor>();
        // Text scrolled out of its list lies, in scene terms, over the bars around the list; it
        // is seen on what its own list paints there once scrolled in.
        const QQuickItem *list = enclosingFlickable(text);
        const bool scrolledOut = list && !viewportOf(text, m_windowRect).contains(inked.center());
        const QColor paper = scrolledOut ? backgroundInList(list, inked.center()) : backgroundAt(inked.center());
        const double ratio = Theme::contrastRatio(ink, paper);
        const double needed = isIcon(text) ? 3.0 : 7.0;
        if (ratio < needed - 0.01)
            problem(text, QStringLiteral("contrast %1:1 (%2 on %3), needs %4:1")
                              .arg(ratio, 0, 'f', 2).arg(ink.name(), paper.name()).arg(needed));
    }

    QQuickWindow *m_window;
    bool m_staffPage;
    QStringList &m_problems;
    QRectF m_windowRect;
    QList<Paint> m_painted;
};

} // namespace

/// @brief The accessibility audit: every page in every theme, text size, language and
/// orientation sampled; failures name the page, the setting and the item.
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
        const QStringList pages = PageCatalogue::names();
        QVERIFY(pages.size() >= 3);
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << page;
    }

    void everyPage()
    {
        QFETCH(QString, page);
        VisitorSettings::instance()->resetToDefaults();
        // The page as `kiosk --screenshot` shows it: with its fixture's demo visitor and data
        // (queue tickets, unconfirmed bookings ...), prepared before the window opens the page,
        // so a page that needs an identified visitor is audited itself, not the identify page.
        MainWindowFixture kiosk(page, [&page] { ScreenshotFixture::prepare(page, QString::fromLatin1(KioskServices::demoStaffPin)); });
        QTest::qWait(50);
        if (PageCatalogue::find(page)->needsIdentity)
            QCOMPARE(Navigator::instance()->currentPage(), page);
        QStringList problems;
        int controls = 0;
        for (const Setting &setting : sampledSettings()) {
            auto *settings = VisitorSettings::instance();
            settings->setTheme(setting.theme);
            settings->setTextSizeStep(setting.textSizeStep);
            settings->setLanguage(setting.language);
            settings->setLowReach(setting.lowReach);
            kiosk.window()->resize(setting.size);
            QTest::qWait(30); // layouts and text settle (polish)
            QStringList found;
            Auditor(kiosk.window(), PageCatalogue::isStaffPage(page), found).run();
            for (const QString &line : found)
                problems << QStringLiteral("%1 [%2] %3").arg(page, setting.label(), line);
            controls = qMax(controls, int(FocusChain::items(kiosk.window()).size()));
        }
        problems.removeDuplicates();
        qInfo("%s: %d controls, %lld settings, %lld problems", qPrintable(page), controls,
              qlonglong(sampledSettings().size()), qlonglong(problems.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 60).join(u'\n')
                                                + (problems.size() > 60 ? QStringLiteral("\n...") : QString())));
    }

    void theAuditCatchesABrokenPage()
    {
        // The audit must be able to fail: shrink a button, hide its name, cut a text.
        MainWindowFixture kiosk;
        QQuickItem *home = kiosk.find(QStringLiteral("homeButton"));
        QVERIFY(home);
        home->setProperty("text", QString());
        QQuickItem *tile = kiosk.find(QStringLiteral("tile_help-kind"));
        QVERIFY(tile);
        tile->setHeight(Theme::instance()->targetSize() / 2);
        tile->setProperty("color", QColor(Qt::black));
        QQuickItem *title = kiosk.find(QStringLiteral("pageTitle"));
        title->setProperty("wrapMode", 0);
        title->setProperty("elide", 3); // Text.ElideRight
        title->setWidth(40);
        QTest::qWait(30);
        QStringList found;
        Auditor(kiosk.window(), false, found).run();
        const QString all = found.join(u'\n');
        QVERIFY2(all.contains(u"homeButton") && all.contains(u"no accessible name"), qPrintable(all));
        QVERIFY2(all.contains(u"tile_help-kind") && all.contains(u"smaller than"), qPrintable(all));
        QVERIFY2(all.contains(u"contrast"), qPrintable(all));
        QVERIFY2(all.contains(u"pageTitle") && (all.contains(u"truncated") || all.contains(u"px of text in")), qPrintable(all));
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
