// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/fieldproblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace core::wire {

/// @brief A request body that must be one JSON object: the one place that says, in the same
/// words for every route, why a body is not (a parse error with its offset, or another value).
struct JsonBody
{
    /// The object, or nullopt with `problem` (its field empty: the body as a whole) filled in.
    [[nodiscard]] static std::optional<QJsonObject> object(const QByteArray &body, FieldProblem *problem);
};

} // namespace core::wire
