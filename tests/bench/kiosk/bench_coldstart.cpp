// SPDX-License-Identifier: GPL-3.0-or-later
// bench_coldstart [--starts N]: the `kiosk` program started as a child process (offscreen, a
// 1920x1080 window, its own empty data folders) until it says its first frame - the attract
// screen - is drawn (`kiosk --quit-on-first-frame`). The baseline, started in turn with it in
// the same run, is bare_quick_window: a QML window with one line of text, the least any Qt
// Quick program pays to show something. Timed from the start of the child to the line on its
// output; one untimed start of each first (it fills the demo store and the disk cache).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Milliseconds from starting `program` to its "first frame" line, or a negative number when
/// it never came (the child's output is then shown).
double startToFirstFrameMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    QByteArray output;
    double ms = -1;
    while (ms < 0 && clock.elapsed() < 30'000) {
        if (!child.waitForReadyRead(30'000 - int(clock.elapsed())))
            break;
        output += child.readAllStandardOutput();
        if (output.contains("first frame"))
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    if (!child.waitForFinished(10'000)) {
        child.kill();
        child.waitForFinished();
    }
    if (ms < 0 || child.exitCode() != 0)
        std::fprintf(stderr, "%s did not draw a first frame (exit %d):\n%s%s\n", qPrintable(program), child.exitCode(),
                     output.constData(), child.readAllStandardError().constData());
    return child.exitCode() == 0 ? ms : -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption startsOption(u"starts"_s, u"Timed starts of each program."_s, u"n"_s, u"20"_s);
    parser.addHelpOption();
    parser.addOption(startsOption);
    parser.process(app);
    const int starts = qMax(3, parser.value(startsOption).toInt());

    // Both children offscreen, with folders of their own: the kiosk makes its demo store there.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"qt.qpa.*=false"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    const QString kiosk = QStringLiteral(KIOSK_BINARY);
    const QStringList kioskArguments{u"--quit-on-first-frame"_s, u"--windowed"_s, u"--size"_s, u"1920x1080"_s};
    const QString bare = QStringLiteral(BARE_QUICK_WINDOW_BINARY);

    if (startToFirstFrameMs(bare, {}, env) < 0 || startToFirstFrameMs(kiosk, kioskArguments, env) < 0)
        return 1;
    std::vector<double> bareMs, kioskMs;
    for (int i = 0; i < starts; ++i) {
        const double b = startToFirstFrameMs(bare, {}, env);
        const double k = startToFirstFrameMs(kiosk, kioskArguments, env);
        if (b < 0 || k < 0)
            return 1;
        bareMs.push_back(b);
        kioskMs.push_back(k);
    }
    const double b = median(bareMs);
    const double k = median(kioskMs);
    std::printf("bench_coldstart: %d starts of each, in turn, after one untimed start of each\n", starts);
    std::printf("%-46s median %7.1f ms  (min %.1f, max %.1f)\n", "baseline: bare Qt Quick window, first frame", b,
                *std::min_element(bareMs.begin(), bareMs.end()), *std::max_element(bareMs.begin(), bareMs.end()));
    std::printf("%-46s median %7.1f ms  (min %.1f, max %.1f)  x%.2f\n", "kiosk: start -> attract screen's first frame", k,
                *std::min_element(kioskMs.begin(), kioskMs.end()), *std::max_element(kioskMs.begin(), kioskMs.end()),
                k / b);
    return 0;
}
