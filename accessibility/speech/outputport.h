// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace speech {

/// @brief One of a sink's output ports as the sound server reports it (PulseAudio's
/// pa_sink_port_info): its name, whether it is a headphone port and whether it is available.
struct OutputPort
{
    enum class Availability { Unknown, No, Yes };
    QString name;            ///< "analog-output-headphones"
    bool headphones = false; ///< PA_DEVICE_PORT_TYPE_HEADPHONES, or "headphones" in the name
    Availability available = Availability::Unknown;
};

} // namespace speech
