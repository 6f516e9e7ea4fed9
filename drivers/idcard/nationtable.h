// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QStringView>

namespace idcard {

/// @brief Nation (ethnic group) names for the codes of GB 3304, in zh and en.
class NationTable
{
public:
    /// The name for a two-digit code ("01" 汉族 Han); an empty text for unknown codes.
    [[nodiscard]] static core::LocalizedText name(QStringView code);
    /// Whether `code` is in the table.
    [[nodiscard]] static bool contains(QStringView code);
};

} // namespace idcard
