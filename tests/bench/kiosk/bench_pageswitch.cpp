// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pageswitch [--transitions N]: a touch to the next page's first complete frame on the
// kiosk's real window (Main.qml as the kiosk loads it, offscreen): a home tile touched, then
// Back, in turn over every home tile. Timed from the press to the first frame swapped once the
// new page is current. The baseline, timed in turn with it in the same run, is a bare Qt Quick
// window whose Loader switches between two trivial pages on a touch: what any page change
// costs on this machine and this renderer.
#include "benchwindow.h"
#include "mainwindowfixture.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/navigator.h"
#include "kiosk/pagecatalogue.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QSGRendererInterface>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

const char *const bareWindow = R"(
import QtQuick
Window {
    id: window
    property bool second: false
    width: 1920; height: 1080; visible: true
    Component { id: pageA; Rectangle { color: "white"; Text { anchors.centerIn: parent; text: "Page A"; font.pixelSize: 48 } } }
    Component { id: pageB; Rectangle { color: "lightgrey"; Text { anchors.centerIn: parent; text: "Page B"; font.pixelSize: 48 } } }
    Loader { objectName: "loader"; anchors.fill: parent; sourceComponent: window.second ? pageB : pageA }
    MouseArea { objectName: "touchArea"; anchors.fill: parent; onClicked: window.second = !window.second }
}
)";

void printRow(const char *label, size_t count, const benchwindow::Percentiles &p, const benchwindow::Percentiles *base)
{
    std::printf("%-46s %5zu  p50 %7.2f ms  p99 %7.2f ms", label, count, p.p50 / 1000.0, p.p99 / 1000.0);
    if (base)
        std::printf("  x%.2f (p99 x%.2f)", p.p50 / base->p50, p.p99 / base->p99);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption transitionsOption(u"transitions"_s, u"Page changes timed on each window."_s, u"n"_s, u"200"_s);
    const QCommandLineOption tilesOption(u"tiles"_s, u"The home tiles touched in turn (default: every one)."_s,
                                         u"a,b"_s, PageCatalogue::homeTiles().join(u','));
    parser.addHelpOption();
    parser.addOptions({transitionsOption, tilesOption});
    parser.process(app);
    const int transitions = qMax(20, parser.value(transitionsOption).toInt());
    const QStringList tiles = parser.value(tilesOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &tile : tiles)
        if (!PageCatalogue::homeTiles().contains(tile))
            benchwindow::fail(qPrintable(tile + u" is not a home tile"_s));

    // The bare window: a Loader and two trivial pages.
    QQmlApplicationEngine bareEngine;
    bareEngine.loadData(bareWindow);
    if (bareEngine.rootObjects().isEmpty())
        benchwindow::fail("the bare window did not load");
    auto *bare = qobject_cast<QQuickWindow *>(bareEngine.rootObjects().constFirst());
    if (!QTest::qWaitForWindowExposed(bare))
        benchwindow::fail("the bare window was never shown");
    QObject *bareLoader = bare->findChild<QObject *>(u"loader"_s);
    QQuickItem *touchArea = bare->findChild<QQuickItem *>(u"touchArea"_s);

    // The kiosk's window on its home page, in English at the station's other settings.
    VisitorSettings::instance()->resetToDefaults();
    MainWindowFixture kiosk(u"home"_s);
    QQuickWindow *window = kiosk.window();
    Navigator *navigator = Navigator::instance();

    std::vector<double> baseline, forward, back, all;
    int changes = 0;
    // One round over every tile first, untimed: each page's QML is compiled on its first load.
    const int warmUp = 2 * int(tiles.size());
    for (int i = 0; i < warmUp + transitions; ++i) {
        const bool timed = i >= warmUp;
        // The baseline's turn.
        benchwindow::settle(bare);
        QObject *before = bareLoader->property("item").value<QObject *>();
        const double b = benchwindow::touchToFrameUs(
            bare, [&] { benchwindow::touch(bare, touchArea); },
            [&] { return bareLoader->property("item").value<QObject *>() != before; });
        // The kiosk's turn: a tile from home, or Back to home.
        benchwindow::settle(window);
        const bool atHome = navigator->currentPage() == u"home";
        const QString controlName = atHome ? u"tile_"_s + tiles.at((changes / 2) % tiles.size()) : u"backButton"_s;
        QQuickItem *control = kiosk.find(controlName); // gone with its page once touched
        const QString from = navigator->currentPage();
        QObject *pageLoader = kiosk.find(u"pageLoader"_s);
        const double k = benchwindow::touchToFrameUs(
            window, [&] { benchwindow::touch(window, control); },
            [&] {
                return navigator->currentPage() != from && pageLoader->property("status").toInt() == 1; // Loader.Ready
            });
        if (b < 0)
            benchwindow::fail("the bare window's touch changed no page");
        if (k < 0)
            benchwindow::fail(qPrintable(u"the touch of %1 on the page %2 led to no page that loaded (now on %3)"_s.arg(
                controlName, from, navigator->currentPage())));
        ++changes;
        if (!timed)
            continue;
        baseline.push_back(b);
        (atHome ? forward : back).push_back(k);
        all.push_back(k);
    }
    if (navigator->currentPage() != u"home")
        navigator->back();

    const auto base = benchwindow::percentiles(baseline);
    std::printf("bench_pageswitch: %d page changes timed on each window (after %d untimed), tiles %s, %s renderer\n",
                transitions, warmUp, qPrintable(tiles.join(u", ")), window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "RHI");
    printRow("baseline: bare Loader switch, trivial pages", baseline.size(), base, nullptr);
    printRow("kiosk: touch -> next page's first frame", all.size(), benchwindow::percentiles(all), &base);
    printRow("  of which a home tile -> its page", forward.size(), benchwindow::percentiles(forward), &base);
    printRow("  of which Back -> home", back.size(), benchwindow::percentiles(back), &base);
    return 0;
}
