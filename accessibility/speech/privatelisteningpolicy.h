// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/jackstate.h"

namespace speech {

/// @brief Whether personal details may be read aloud, from the headphone jack and the
/// station's configuration (pure).
///
/// - `[defaults] private_listening = on` (a station whose only speaker is a headset): always.
/// - `[speech] follow_headphones = off` (a jack that senses wrongly): never by itself; only
///   the visitor's F9 turns it on.
/// - Otherwise: while headphones are in the jack. The visitor's F9 overrides this for the
///   session, until the jack changes again (a plug or unplug is the newest word) or the
///   session ends.
/// The public speaker is silent while headphones are in (their port becomes the output).
struct PrivateListeningPolicy
{
    bool stationHeadphonesOnly = false;
    bool followJack = true;

    [[nodiscard]] bool privateListening(JackState jack) const
    {
        if (stationHeadphonesOnly)
            return true;
        return followJack && jack == JackState::In;
    }
    [[nodiscard]] bool speakerMuted(JackState jack) const { return followJack && jack == JackState::In; }
};

} // namespace speech
