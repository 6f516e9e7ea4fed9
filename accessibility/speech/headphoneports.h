// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace speech {

/// Whether headphones are in the jack, as the sound server reports the ports' availability.
enum class JackState {
    Unknown, ///< no output port that senses headphones (a null sink, HDMI, USB speakers ...)
    Out,
    In,
};

/// @brief The sound server's output ports, and what they say about the headphone jack (pure,
/// so the decision is tested with any port state; PulseAudio's null sink has no ports).
struct OutputPort
{
    enum class Availability { Unknown, No, Yes };
    QString name;          ///< "analog-output-headphones"
    bool headphones = false; ///< PA_DEVICE_PORT_TYPE_HEADPHONES, or "headphones" in the name
    Availability available = Availability::Unknown;
};

struct OutputSink
{
    QString name;
    QString activePort;
    QList<OutputPort> ports;
};

struct JackReading
{
    JackState state = JackState::Unknown;
    QString sink; ///< In: the sink whose headphone port has headphones in it
    QString port; ///< In: that port (made the active one, which silences the speaker)

    friend bool operator==(const JackReading &, const JackReading &) = default;
};

namespace HeadphonePorts {
/// In: some headphone port is available (plugged); Out: headphone ports exist and none is;
/// Unknown: no headphone port reports its availability.
[[nodiscard]] JackReading read(const QList<OutputSink> &sinks);
} // namespace HeadphonePorts

} // namespace speech
