// SPDX-License-Identifier: GPL-3.0-or-later
// The `kiosk` program: a thin start-up around the kiosk_app library (which the tests link too).
#include "accessibility/announcer.h"
#include "accessibility/keypadnavigator.h"
#include "accessibility/speech/headphonejack.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/touchexplorer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/activityfilter.h"
#include "kiosk/check/stationcheckup.h"
#include "kiosk/commandline.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kioskruntime.h"
#include "kiosk/kioskservices.h"
#include "kiosk/languagecontroller.h"
#include "kiosk/logging/journallevelprefix.h"
#include "kiosk/queuedisplaywindow.h"
#include "kiosk/quitonsignal.h"
#include "kiosk/screenshotfixture.h"
#include "kiosk/screenshotrenderer.h"
#include "kiosk/session.h"
#include "kiosk/visit.h"
#include "kiosk/watchdog/systemdnotifier.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/QQmlExtensionPlugin>
#include <atomic>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Kiosk_AccessibilityPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_AppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

/// Chooses a platform before Qt starts: screenshots and --check are always offscreen (--check
/// runs from postinst and ssh, with no screen and no window), and a machine with no display
/// runs offscreen too instead of aborting.
void choosePlatform(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--check") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0
            || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qWarning("kiosk: no display found; running without a screen. Start it with "
                 "scripts/demo.sh (it provides a virtual display) or use --screenshot.");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Under systemd, every log line carries its level into the journal.
    JournalLevelPrefix::installIfJournal();
    choosePlatform(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("station-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QString help;
    const CommandLine commandLine = CommandLine::parse(QGuiApplication::arguments(), &help);
    if (commandLine.showHelp) {
        std::printf("%s", qPrintable(help));
        return 0;
    }
    if (commandLine.showVersion) {
        std::printf("kiosk %s\n", PROJECT_VERSION);
        return 0;
    }
    for (const QString &error : commandLine.errors)
        std::fprintf(stderr, "kiosk: %s\n", qPrintable(error));
    if (!commandLine.errors.isEmpty())
        return 2;

    const KioskConfig config = KioskConfig::load(commandLine.configPath);
    if (commandLine.check)
        return StationCheckup::run(commandLine.configPath, config);
    for (const QString &problem : config.problems)
        qWarning("kiosk: %s", qPrintable(problem));

    KioskRuntime runtime(config);
    runtime.applyOverrides(commandLine);

    // The catalogues first: what the services and a screenshot's fixture word is in the
    // visitor's language from the start.
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    LanguageController languages(VisitorSettings::instance(), &engine);

    const bool screenshot = !commandLine.screenshotPath.isEmpty();
    KioskServices services(config);
    if (screenshot) {
        ScreenshotFixture::setCertificateState(commandLine.certificateState);
        services.startForScreenshot(commandLine.page);
    }
    else
        services.start();
    // Full screen, the window starts at the screen's own size: a first frame drawn at another
    // size (--size's 1920x1080 on a 1280x720 screen) can stay on a compositor's screen after the
    // window is resized (seen under cage 0.1.4 on Qt 6.4).
    const bool fullScreen = !screenshot && !commandLine.windowed;
    QSize windowSize = commandLine.size;
    if (fullScreen && QGuiApplication::primaryScreen() && !QGuiApplication::primaryScreen()->size().isEmpty())
        windowSize = QGuiApplication::primaryScreen()->size();
    engine.setInitialProperties({
        {QStringLiteral("startPage"), commandLine.page},
        {QStringLiteral("fullScreen"), fullScreen},
        {QStringLiteral("width"), windowSize.width()},
        {QStringLiteral("height"), windowSize.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        qCritical("kiosk: the user interface could not be loaded");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (screenshot) {
        new ScreenshotRenderer(window, commandLine.screenshotPath, &app);
        return QGuiApplication::exec();
    }

    // The voice: screenshots stay silent; the kiosk speaks through the announcer.
    speech::SpeechEngine speechEngine;
    speechEngine.setDefaultRateStep(config.speechRateStep); // [speech] rate, volume
    speechEngine.setDefaultVolumeStep(config.speechVolumeStep);
    speechEngine.resetToDefaults();
    Announcer::instance()->setEngine(&speechEngine);
    // Private listening follows the headphone jack ([speech] follow_headphones; F9 overrides).
    speech::HeadphoneJack headphoneJack;
    headphoneJack.setRouteToHeadphones(config.followHeadphones);
    Announcer::instance()->followHeadphones({config.privateListening, config.followHeadphones});
    QObject::connect(&headphoneJack, &speech::HeadphoneJack::stateChanged, Announcer::instance(),
                     &Announcer::headphonesChanged);
    headphoneJack.start();
    services.watchSpeaker(&speechEngine, &headphoneJack);

    ActivityFilter activity(Session::instance());
    app.installEventFilter(&activity);

    // Keypad, switches and touch to explore (accessibility/README.md).
    KeypadNavigator keypad;
    for (const QString &problem : keypad.configure(commandLine.configPath))
        qWarning("kiosk: %s", qPrintable(problem));
    TouchExplorer explorer;
    app.installEventFilter(&keypad);
    app.installEventFilter(&explorer);
    QObject::connect(&keypad, &KeypadNavigator::keypadUsed, Session::instance(),
                     [] { Session::instance()->setLongerTimeLimits(true); });
    QObject::connect(Visit::instance(), &Visit::ended, &keypad, &KeypadNavigator::reset);
    QObject::connect(Visit::instance(), &Visit::ended, &explorer, &TouchExplorer::reset);
    // The waiting room's display on a second screen, when there is one ([queue] display).
    QueueDisplayWindow queueDisplay(&engine, config.queueDisplay == u"auto");
    queueDisplay.follow(window);
    QuitOnSignal quitOnSignal;
    // systemd (Type=notify, WatchdogSec): ready on the first frame, then pings from this, the
    // GUI thread, so a hung GUI is restarted; nothing when not started by systemd.
    SystemdNotifier notifier;
    if (notifier.isActive()) {
        // frameSwapped comes from the render thread: hop to the GUI thread, once.
        auto firstFrame = std::make_shared<QMetaObject::Connection>();
        *firstFrame = QObject::connect(window, &QQuickWindow::frameSwapped, &notifier, [&notifier, &config, firstFrame] {
            QObject::disconnect(*firstFrame);
            notifier.ready(QStringLiteral("Showing the kiosk (station %1)").arg(config.stationId));
        }, Qt::QueuedConnection);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &notifier, &SystemdNotifier::stopping);
    }
    if (commandLine.quitOnFirstFrame) {
        // Said from the thread that swapped the frame, so the timing parent reads it at once.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            static std::atomic_flag said;
            if (said.test_and_set())
                return;
            std::printf("kiosk: first frame\n");
            std::fflush(stdout);
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }, Qt::DirectConnection);
    }
    return QGuiApplication::exec();
}
