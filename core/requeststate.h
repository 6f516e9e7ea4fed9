// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// Where a visitor's request stands; the server moves it, the kiosk shows it.
enum class RequestState { Submitted, Accepted, Assigned, Done, Cancelled };

/// @brief Keys, plain names and allowed moves of request states.
class RequestStates
{
public:
    [[nodiscard]] static QList<RequestState> all();
    [[nodiscard]] static QString key(RequestState state);
    [[nodiscard]] static std::optional<RequestState> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(RequestState state);
    /// Submitted → accepted → assigned → done, and cancelled from any open state.
    [[nodiscard]] static bool canMove(RequestState from, RequestState to);
    [[nodiscard]] static bool isFinal(RequestState state) { return state == RequestState::Done || state == RequestState::Cancelled; }
};

} // namespace core
