// SPDX-License-Identifier: GPL-3.0-or-later
// bare_quick_window: the smallest Qt Quick program with a window (a QML Window with a title
// line), which prints "first frame" once its first frame is drawn and quits, as
// `kiosk --quit-on-first-frame` does. bench_coldstart's baseline; not a benchmark itself.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
import QtQuick
Window {
    width: 1920; height: 1080; visible: true; color: "white"
    Text { anchors.centerIn: parent; text: "Welcome"; font.pixelSize: 96 }
}
)");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        static std::atomic_flag said;
        if (said.test_and_set())
            return;
        std::printf("first frame\n");
        std::fflush(stdout);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }, Qt::DirectConnection);
    return QGuiApplication::exec();
}
