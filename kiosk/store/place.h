// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QString>

namespace store {

/// @brief A hospital or other place on the station's list (change feed entity `place`), where a
/// volunteer can meet a visitor.
struct Place
{
    QString id;
    core::LocalizedText name;
    QString kind = QStringLiteral("place"); ///< "hospital" or "place"
    int sortOrder = 0;
};

} // namespace store
