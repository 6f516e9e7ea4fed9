// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/headphoneports.h"

namespace speech {

JackReading HeadphonePorts::read(const QList<OutputSink> &sinks)
{
    JackReading reading;
    for (const OutputSink &sink : sinks) {
        for (const OutputPort &port : sink.ports) {
            if (!port.headphones)
                continue;
            if (port.available == OutputPort::Availability::Yes)
                return {JackState::In, sink.name, port.name};
            if (port.available == OutputPort::Availability::No)
                reading.state = JackState::Out;
        }
    }
    return reading;
}

} // namespace speech
