// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/commandline.h"

#include "accessibility/theme.h"
#include "accessibility/themepalette.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/screenshotfixture.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cmath>

const QStringList &CommandLine::pageNames()
{
    static const QStringList names = PageCatalogue::names();
    return names;
}

int CommandLine::textSizeStepFor(const QString &scale)
{
    QString text = scale.trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || value <= 0)
        return -1;
    if (percent)
        value /= 100.0;
    int best = 0;
    double bestDistance = 1e9;
    for (int step = 0; step < 4; ++step) {
        const double stepScale = Theme::capitalHeightsMm[step] / Theme::capitalHeightsMm[0];
        const double distance = std::abs(stepScale - value);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = step;
        }
    }
    return best;
}

CommandLine CommandLine::parse(const QStringList &arguments, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The accessible self-service kiosk of a community service station for persons with disabilities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Read settings from this INI file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render one page headless to this PNG file and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("The page to render: %1.").arg(pageNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"), QStringLiteral("attract"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("zh|en"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1920x1080 or 1080x1920."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"),
                                       QStringLiteral("Text size: 1, 1.3, 1.6 or 2 (or 100%-200%)."), QStringLiteral("S"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Contrast theme: %1.").arg(ThemePalette::names().join(QStringLiteral(", "))),
                                   QStringLiteral("NAME"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QStringLiteral("Run in a window instead of full screen (for development)."));
    const QCommandLineOption certificateState(
        QStringLiteral("certificate-state"),
        QStringLiteral("With --screenshot: the demo visitor whose certificate is in this state: a state key "
                       "(e.g. not_approved), expired, cancelled_over_a_year, issued_recently, or none."),
        QStringLiteral("KEY"));
    const QCommandLineOption quitOnFirstFrame(
        QStringLiteral("quit-on-first-frame"),
        QStringLiteral("Start as usual, print \"kiosk: first frame\" once the first frame is drawn, and quit "
                       "(times a cold start: tests/bench/kiosk/bench_coldstart)."));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Check the station (config, store, credential, reader, speech, audio, server), print one "
                       "line per check and exit: 0 when none failed, 1 otherwise."));
    parser.addOptions({config, screenshot, page, lang, size, textScale, theme, windowed, certificateState, quitOnFirstFrame,
                       check});

    CommandLine result;
    if (helpText)
        *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.errors << parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(QStringLiteral("help"));
    result.showVersion = parser.isSet(QStringLiteral("version"));

    result.configPath = parser.value(config);
    result.screenshotPath = parser.value(screenshot);
    result.windowed = parser.isSet(windowed);
    result.quitOnFirstFrame = parser.isSet(quitOnFirstFrame);
    result.check = parser.isSet(check);
    result.page = parser.value(page);
    if (!pageNames().contains(result.page))
        result.errors << QStringLiteral("--page: \"%1\" is not a page; choose one of: %2")
                             .arg(result.page, pageNames().join(QStringLiteral(", ")));
    if (parser.isSet(lang)) {
        result.language = parser.value(lang);
        if (result.language != u"zh" && result.language != u"en")
            result.errors << QStringLiteral("--lang: \"%1\" is not a language; use zh or en").arg(result.language);
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const auto match = sizePattern.match(parser.value(size));
    if (match.hasMatch())
        result.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    else
        result.errors << QStringLiteral("--size: \"%1\" is not a size such as 1920x1080").arg(parser.value(size));
    if (parser.isSet(textScale)) {
        result.textSizeStep = textSizeStepFor(parser.value(textScale));
        if (result.textSizeStep < 0)
            result.errors << QStringLiteral("--text-scale: \"%1\" is not a scale such as 1, 1.3, 1.6 or 2")
                                 .arg(parser.value(textScale));
    }
    if (parser.isSet(theme)) {
        result.theme = parser.value(theme);
        if (!ThemePalette::names().contains(result.theme))
            result.errors << QStringLiteral("--theme: \"%1\" is not a theme; choose one of: %2")
                                 .arg(result.theme, ThemePalette::names().join(QStringLiteral(", ")));
    }
    if (parser.isSet(certificateState)) {
        result.certificateState = parser.value(certificateState);
        if (!ScreenshotFixture::isCertificateState(result.certificateState))
            result.errors << QStringLiteral("--certificate-state: \"%1\" is not a demo certificate's state")
                                 .arg(result.certificateState);
    }
    return result;
}
