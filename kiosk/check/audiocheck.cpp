// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/audiocheck.h"

#include "accessibility/speech/headphonejack.h"

#include <QEventLoop>
#include <QTimer>

CheckResult AudioCheck::run(int timeoutMs)
{
    const QString name = QStringLiteral("audio");
    speech::HeadphoneJack jack;
    // A check only looks: it must not move the default sink to the headphones.
    jack.setRouteToHeadphones(false);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&jack, &speech::HeadphoneJack::portsRead, &loop, &QEventLoop::quit);
    QObject::connect(&jack, &speech::HeadphoneJack::attemptFailed, &loop, &QEventLoop::quit);
    jack.start();
    loop.exec();
    if (!jack.isConnected())
        return CheckResult::warn(name, QStringLiteral("no PulseAudio or PipeWire server answers this user; the kiosk "
                                                      "would run silent"));
    const QStringList sinks = jack.sinkNames();
    return CheckResult::ok(name, QStringLiteral("sound server reachable, %1 output(s)%2")
                                     .arg(sinks.size())
                                     .arg(sinks.isEmpty() ? QString() : QStringLiteral(": ") + sinks.join(QStringLiteral(", "))));
}
