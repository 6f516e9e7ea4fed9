// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/jackreading.h"
#include "accessibility/speech/outputsink.h"

#include <QList>

namespace speech {

/// @brief What the sound server's output ports say about the headphone jack (pure, so the
/// decision is tested with any port state; PulseAudio's null sink has no ports).
namespace HeadphonePorts {
/// In: some headphone port is available (plugged); Out: headphone ports exist and none is;
/// Unknown: no headphone port reports its availability.
[[nodiscard]] JackReading read(const QList<OutputSink> &sinks);
} // namespace HeadphonePorts

} // namespace speech
