// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace speech {

/// Whether headphones are in the jack, as the sound server reports the ports' availability.
enum class JackState {
    Unknown, ///< no output port that senses headphones (a null sink, HDMI, USB speakers ...)
    Out,
    In,
};

} // namespace speech
