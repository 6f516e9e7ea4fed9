// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/placekind.h"

#include <QString>

namespace store {

/// @brief Where the volunteer meets the visitor: a kind and, for a listed place, its id
/// (Place::id, from RequestStore::places()).
struct HelpPlace
{
    core::PlaceKind kind = core::PlaceKind::Arrange;
    QString placeId; ///< empty unless kind is Listed

    bool operator==(const HelpPlace &) const = default;
};

} // namespace store
