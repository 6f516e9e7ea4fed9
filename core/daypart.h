// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace core {

/// When in the day a visitor wants help; Any means "any time, call me to arrange".
enum class DayPart { Morning, Afternoon, Evening, Any };

/// @brief Keys ("morning", ...) and words of the parts of a day, shared by kiosk and server.
class DayParts
{
public:
    [[nodiscard]] static QList<DayPart> all();
    [[nodiscard]] static QString key(DayPart part);
    [[nodiscard]] static std::optional<DayPart> fromKey(QStringView key);
    [[nodiscard]] static TranslatableText name(DayPart part);
};

} // namespace core
