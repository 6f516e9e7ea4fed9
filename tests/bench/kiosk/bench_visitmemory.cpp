// SPDX-License-Identifier: GPL-3.0-or-later
// bench_visitmemory [--visits N]: the kiosk's resident memory (VmRSS) after N whole visits on
// its real window (offscreen) minus after the first 10. A visit is what a visitor does most:
// touch the attract screen, the certificate tile, "type my ID number", the 18 characters of a
// demo ID number, Confirm; the certificate page; "I'm finished", which ends the visit. The goal
// is under 1 MB more after 1,000 visits than after 10: what a visit leaves behind adds up over
// the months a kiosk runs. Prints the figures; nothing here passes or fails on them.
#include "benchwindow.h"
#include "mainwindowfixture.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/store/demodata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

/// The process's resident set in kB, from /proc/self/status.
long residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        benchwindow::fail("/proc/self/status cannot be read");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    benchwindow::fail("/proc/self/status has no VmRSS");
}

void visit(MainWindowFixture &kiosk, const QString &idNumber)
{
    QQuickWindow *window = kiosk.window();
    Navigator *navigator = Navigator::instance();
    const auto onPage = [&](const QString &page) {
        if (!benchwindow::waitFor([&] { return navigator->currentPage() == page; }))
            benchwindow::fail(qPrintable(u"the visit did not reach the page "_s + page));
        benchwindow::settle(window);
    };
    benchwindow::settle(window);
    QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(window->width() / 2, window->height() / 2));
    if (!benchwindow::waitFor([] { return Session::instance()->state() != Session::State::Attract; }))
        benchwindow::fail("touching the attract screen started no visit");
    onPage(u"home"_s);
    benchwindow::touch(window, kiosk.find(u"tile_certificate"_s));
    onPage(u"identify"_s);
    benchwindow::touch(window, kiosk.find(u"typeNumberButton"_s));
    onPage(u"idnumber"_s);
    for (const QChar c : idNumber)
        QTest::keyClick(window, c.toLatin1());
    benchwindow::settle(window);
    benchwindow::touch(window, kiosk.find(u"key_confirm"_s));
    onPage(u"certificate"_s);
    if (!kiosk.find(u"certificateState"_s))
        benchwindow::fail("the certificate page shows no certificate");
    benchwindow::touch(window, kiosk.find(u"finishButton"_s));
    if (!benchwindow::waitFor([] { return Session::instance()->state() == Session::State::Attract; }))
        benchwindow::fail("\"I'm finished\" did not end the visit");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption visitsOption(u"visits"_s, u"Visits made in all."_s, u"n"_s, u"1000"_s);
    parser.addHelpOption();
    parser.addOption(visitsOption);
    parser.process(app);
    const int visits = qMax(20, parser.value(visitsOption).toInt());

    VisitorSettings::instance()->resetToDefaults();
    MainWindowFixture kiosk(u"attract"_s);
    const auto &people = store::DemoData::people();
    const QList<int> checkpoints{10, 100, 250, 500, 1000, 2000, 5000};
    long afterTen = 0;
    long last = 0;
    QElapsedTimer clock;
    clock.start();
    std::printf("bench_visitmemory: %d visits (identify by a typed demo ID number, the certificate, finish)\n", visits);
    std::printf("%-34s %8ld kB\n", "VmRSS with the window shown", residentKb());
    for (int i = 1; i <= visits; ++i) {
        visit(kiosk, people.at(i % people.size()).idNumber);
        if (checkpoints.contains(i) || i == visits) {
            last = residentKb();
            if (i == 10)
                afterTen = last;
            std::printf("VmRSS after %5d visits %10ld kB   (%.0f ms a visit so far)\n", i, last,
                        double(clock.elapsed()) / i);
            std::fflush(stdout);
        }
    }
    const double grownMb = double(last - afterTen) / 1024.0;
    std::printf("%-34s %+8ld kB = %+.2f MB (goal: under 1 MB)  %s\n",
                qPrintable(u"after %1 minus after 10"_s.arg(visits)), last - afterTen, grownMb,
                grownMb < 1.0 ? "under the goal" : "OVER the goal");
    return 0;
}
