// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/headphonejack.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#ifdef KIOSK_HAVE_LIBPULSE
#include <pulse/pulseaudio.h>
#endif

Q_LOGGING_CATEGORY(lcJack, "kiosk.speech.headphones")

namespace speech {

#ifdef KIOSK_HAVE_LIBPULSE

/// The PulseAudio side: runs on the mainloop's thread; reports to the owner by queued calls.
struct HeadphoneJack::Pulse
{
    QPointer<HeadphoneJack> owner;
    pa_threaded_mainloop *loop = nullptr;
    pa_context *context = nullptr;
    QList<OutputSink> collecting;
    bool route = true;

    explicit Pulse(HeadphoneJack *o) : owner(o) {}

    ~Pulse()
    {
        if (!loop)
            return;
        pa_threaded_mainloop_stop(loop);
        if (context) {
            pa_context_disconnect(context);
            pa_context_unref(context);
        }
        pa_threaded_mainloop_free(loop);
    }

    bool start()
    {
        loop = pa_threaded_mainloop_new();
        if (!loop)
            return false;
        context = pa_context_new(pa_threaded_mainloop_get_api(loop), "kiosk headphone jack");
        if (!context)
            return false;
        pa_context_set_state_callback(context, &Pulse::stateCallback, this);
        pa_context_set_subscribe_callback(context, &Pulse::eventCallback, this);
        if (pa_context_connect(context, nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0)
            return false;
        return pa_threaded_mainloop_start(loop) >= 0;
    }

    void report(std::function<void(HeadphoneJack *)> call)
    {
        QMetaObject::invokeMethod(owner.data(), [o = owner, call = std::move(call)] {
            if (o)
                call(o.data());
        }, Qt::QueuedConnection);
    }

    void readSinks()
    {
        collecting.clear();
        pa_operation *op = pa_context_get_sink_info_list(context, &Pulse::sinkCallback, this);
        if (op)
            pa_operation_unref(op);
    }

    static void stateCallback(pa_context *c, void *data)
    {
        auto *self = static_cast<Pulse *>(data);
        switch (pa_context_get_state(c)) {
        case PA_CONTEXT_READY: {
            pa_operation *op = pa_context_subscribe(
                    c, pa_subscription_mask_t(PA_SUBSCRIPTION_MASK_SINK | PA_SUBSCRIPTION_MASK_CARD | PA_SUBSCRIPTION_MASK_SERVER),
                    nullptr, nullptr);
            if (op)
                pa_operation_unref(op);
            self->report([](HeadphoneJack *o) { o->onConnected(true); });
            self->readSinks();
            break;
        }
        case PA_CONTEXT_FAILED:
        case PA_CONTEXT_TERMINATED:
            self->report([](HeadphoneJack *o) { o->onConnected(false); });
            break;
        default:
            break;
        }
    }

    static void eventCallback(pa_context *, pa_subscription_event_type_t, uint32_t, void *data)
    {
        // A sink or card changed (a port's availability is a change of both): read again.
        static_cast<Pulse *>(data)->readSinks();
    }

    static void sinkCallback(pa_context *c, const pa_sink_info *info, int eol, void *data)
    {
        auto *self = static_cast<Pulse *>(data);
        if (eol) {
            const QList<OutputSink> sinks = std::exchange(self->collecting, {});
            const JackReading reading = HeadphonePorts::read(sinks);
            if (self->route && reading.state == JackState::In)
                self->routeTo(c, reading, sinks);
            self->report([sinks, reading](HeadphoneJack *o) { o->onSinks(sinks, reading); });
            return;
        }
        OutputSink sink;
        sink.name = QString::fromUtf8(info->name);
        if (info->active_port)
            sink.activePort = QString::fromUtf8(info->active_port->name);
        for (uint32_t i = 0; i < info->n_ports; ++i) {
            const pa_sink_port_info *p = info->ports[i];
            OutputPort port;
            port.name = QString::fromUtf8(p->name);
            port.headphones = p->type == PA_DEVICE_PORT_TYPE_HEADPHONES || port.name.contains(u"headphones");
            port.available = p->available == PA_PORT_AVAILABLE_YES  ? OutputPort::Availability::Yes
                           : p->available == PA_PORT_AVAILABLE_NO ? OutputPort::Availability::No
                                                                  : OutputPort::Availability::Unknown;
            sink.ports << port;
        }
        self->collecting << sink;
    }

    /// Headphones in: their port is the output (the speaker port of that sink goes silent) and
    /// their sink the default (new streams play there).
    void routeTo(pa_context *c, const JackReading &reading, const QList<OutputSink> &sinks)
    {
        for (const OutputSink &sink : sinks) {
            if (sink.name != reading.sink || sink.activePort == reading.port)
                continue;
            pa_operation *op = pa_context_set_sink_port_by_name(c, reading.sink.toUtf8().constData(),
                                                                reading.port.toUtf8().constData(), nullptr, nullptr);
            if (op)
                pa_operation_unref(op);
        }
        pa_operation *op = pa_context_set_default_sink(c, reading.sink.toUtf8().constData(), nullptr, nullptr);
        if (op)
            pa_operation_unref(op);
    }
};

#else

struct HeadphoneJack::Pulse
{
    explicit Pulse(HeadphoneJack *) {}
    bool start() { return false; }
    bool route = true;
};

#endif

HeadphoneJack::HeadphoneJack(QObject *parent) : QObject(parent)
{
    m_retry.setInterval(5000);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HeadphoneJack::start);
}

HeadphoneJack::~HeadphoneJack() = default;

void HeadphoneJack::start()
{
    m_attemptFailed = false;
    m_pulse.reset();
    m_pulse = std::make_unique<Pulse>(this);
    m_pulse->route = m_route;
    if (!m_pulse->start()) {
        m_pulse.reset();
#ifdef KIOSK_HAVE_LIBPULSE
        m_retry.start();
        failAttempt();
#else
        qCInfo(lcJack) << "built without libpulse: the headphone jack is not watched";
#endif
    }
}

void HeadphoneJack::onConnected(bool connected)
{
    if (!connected && !m_retry.isActive()) {
        // Lost, or never reached (the server may start after the kiosk): try again.
        if (m_connected)
            qCInfo(lcJack) << "PulseAudio is not reachable; trying again every 5 s";
        m_retry.start();
    }
    if (!connected)
        failAttempt();
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
    if (!connected && m_reading.state != JackState::Unknown) {
        m_reading = {};
        emit stateChanged(JackState::Unknown);
    }
}

void HeadphoneJack::failAttempt()
{
    // A refused connect is reported twice (pa_context_connect's result and the context's
    // FAILED state): one attempt, one failure.
    if (m_attemptFailed)
        return;
    m_attemptFailed = true;
    ++m_failedAttempts;
    emit attemptFailed();
}

void HeadphoneJack::onSinks(const QList<OutputSink> &sinks, const JackReading &reading)
{
    ++m_readings;
    m_sinkNames.clear();
    for (const OutputSink &sink : sinks)
        m_sinkNames << sink.name;
    const bool changed = reading.state != m_reading.state;
    m_reading = reading;
    if (changed) {
        qCInfo(lcJack) << "headphones" << (reading.state == JackState::In ? "in" : reading.state == JackState::Out ? "out" : "not sensed");
        emit stateChanged(reading.state);
    }
    emit portsRead();
}

} // namespace speech
