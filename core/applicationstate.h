// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// Where a visitor's certificate application stands with the staff (its own small lifecycle,
/// not the certificate's).
enum class ApplicationState {
    Submitted, ///< sent, staff have not acted yet
    Accepted,  ///< 已受理: staff took it on
    Done,      ///< 办结
    Refused,   ///< 不予受理, with a reason in plain words
};

/// @brief Keys ("submitted", "accepted", "done", "refused"), names and moves of application
/// states: submitted → accepted → done; submitted → refused; accepted → refused.
class ApplicationStates
{
public:
    [[nodiscard]] static QList<ApplicationState> all();
    [[nodiscard]] static QString key(ApplicationState state);
    [[nodiscard]] static std::optional<ApplicationState> fromKey(QStringView key);
    /// Plain words for the visitor: "Sent", "Accepted", "Done", "Not accepted".
    [[nodiscard]] static TranslatableText name(ApplicationState state);
    [[nodiscard]] static bool canMove(ApplicationState from, ApplicationState to);
    /// Still being handled (submitted or accepted).
    [[nodiscard]] static bool isOpen(ApplicationState state);
};

} // namespace core
