// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// Where the volunteer meets the visitor. Listed: a hospital or place from the station's list
/// (the change feed's `place` entity); Arrange: "call me to arrange".
enum class PlaceKind { Home, Station, Listed, Arrange };

/// @brief Keys ("home", "station", "listed", "arrange") and words of meeting places.
class PlaceKinds
{
public:
    [[nodiscard]] static QList<PlaceKind> all();
    [[nodiscard]] static QString key(PlaceKind kind);
    [[nodiscard]] static std::optional<PlaceKind> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(PlaceKind kind);
};

} // namespace core
