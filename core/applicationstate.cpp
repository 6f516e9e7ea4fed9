// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/applicationstate.h"

namespace core {

QList<ApplicationState> ApplicationStates::all()
{
    return {ApplicationState::Submitted, ApplicationState::Accepted, ApplicationState::Done, ApplicationState::Refused};
}

QString ApplicationStates::key(ApplicationState state)
{
    switch (state) {
    case ApplicationState::Submitted: return QStringLiteral("submitted");
    case ApplicationState::Accepted: return QStringLiteral("accepted");
    case ApplicationState::Done: return QStringLiteral("done");
    case ApplicationState::Refused: return QStringLiteral("refused");
    }
    return {};
}

std::optional<ApplicationState> ApplicationStates::fromKey(QStringView key)
{
    for (ApplicationState state : all()) {
        if (ApplicationStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

TranslatableText ApplicationStates::name(ApplicationState state)
{
    switch (state) {
    case ApplicationState::Submitted: return TranslatableText::translate("core::ApplicationStates", "Sent");
    case ApplicationState::Accepted: return TranslatableText::translate("core::ApplicationStates", "Accepted");
    case ApplicationState::Done: return TranslatableText::translate("core::ApplicationStates", "Done");
    case ApplicationState::Refused: return TranslatableText::translate("core::ApplicationStates", "Not accepted");
    }
    return {};
}

bool ApplicationStates::canMove(ApplicationState from, ApplicationState to)
{
    using S = ApplicationState;
    switch (from) {
    case S::Submitted: return to == S::Accepted || to == S::Refused;
    case S::Accepted: return to == S::Done || to == S::Refused;
    case S::Done:
    case S::Refused: return false;
    }
    return false;
}

bool ApplicationStates::isOpen(ApplicationState state)
{
    return state == ApplicationState::Submitted || state == ApplicationState::Accepted;
}

} // namespace core
