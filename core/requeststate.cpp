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

LocalizedText RequestStates::name(RequestState state)
{
    switch (state) {
    case RequestState::Submitted: return {QStringLiteral("已提交，等待处理"), QStringLiteral("Sent, waiting to be seen")};
    case RequestState::Accepted: return {QStringLiteral("已受理，正在找志愿者"), QStringLiteral("Accepted, finding a volunteer")};
    case RequestState::Assigned: return {QStringLiteral("已安排志愿者"), QStringLiteral("A volunteer is arranged")};
    case RequestState::Done: return {QStringLiteral("已完成"), QStringLiteral("Done")};
    case RequestState::Cancelled: return {QStringLiteral("已取消"), QStringLiteral("Cancelled")};
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
