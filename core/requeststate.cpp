// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requeststate.h"

namespace core {

QList<RequestState> RequestStates::all()
{
    return {RequestState::Submitted, RequestState::Accepted, RequestState::Assigned, RequestState::Done,
            RequestState::Cancelled};
}

QString RequestStates::key(RequestState state)
{
    switch (state) {
    case RequestState::Submitted: return QStringLiteral("submitted");
    case RequestState::Accepted: return QStringLiteral("accepted");
    case RequestState::Assigned: return QStringLiteral("assigned");
    case RequestState::Done: return QStringLiteral("done");
    case RequestState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<RequestState> RequestStates::fromKey(QStringView key)
{
    for (RequestState state : all()) {
        if (RequestStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

TranslatableText RequestStates::name(RequestState state)
{
    switch (state) {
    case RequestState::Submitted: return core::TranslatableText::translate("core::RequestStates", "Sent, waiting to be seen");
    case RequestState::Accepted: return core::TranslatableText::translate("core::RequestStates", "Accepted, finding a volunteer");
    case RequestState::Assigned: return core::TranslatableText::translate("core::RequestStates", "A volunteer is arranged");
    case RequestState::Done: return core::TranslatableText::translate("core::RequestStates", "Done");
    case RequestState::Cancelled: return core::TranslatableText::translate("core::RequestStates", "Cancelled");
    }
    return {};
}

bool RequestStates::canMove(RequestState from, RequestState to)
{
    if (isFinal(from))
        return false;
    if (to == RequestState::Cancelled)
        return true;
    return int(to) == int(from) + 1;
}

} // namespace core
