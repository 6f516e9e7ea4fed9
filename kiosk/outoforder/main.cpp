// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-out-of-order: the fallback page, full screen, until systemd stops it.
//   kiosk-out-of-order [--screenshot FILE.png --size WxH]
#include "kiosk/outoforder/outoforderwindow.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QRegularExpression>

#include <cstdio>

int main(int argc, char **argv)
{
    // A screenshot (docs, tests) needs no screen.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("kiosk-out-of-order"));
    // No key, touch or close request ends it; only a signal from systemd does.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const QDateTime startedAt = QDateTime::currentDateTime();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The station kiosk's out-of-order page."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the page to this PNG file and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("With --screenshot: the page's size."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    parser.addOptions({screenshot, size});
    parser.process(app);

    if (parser.isSet(screenshot)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            std::fprintf(stderr, "kiosk-out-of-order: --size: \"%s\" is not a size such as 1920x1080\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
        const QSize pageSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (!OutOfOrderPage(startedAt).render(pageSize).save(parser.value(screenshot), "PNG")) {
            std::fprintf(stderr, "kiosk-out-of-order: cannot write %s\n", qPrintable(parser.value(screenshot)));
            return 1;
        }
        return 0;
    }

    OutOfOrderWindow window(startedAt);
    window.showFullScreen();
    return QGuiApplication::exec();
}
