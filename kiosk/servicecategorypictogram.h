// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servicecategory.h"

#include <QString>
#include <QStringList>

/// @brief The pictogram (a Material icon name) of each kind of station service on the
/// services page's tiles. Kept out of core: the server has no pictograms.
class ServiceCategoryPictogram
{
public:
    [[nodiscard]] static QString name(core::ServiceCategory category);
    /// Every name used, for the test that each is a glyph of the icon font.
    [[nodiscard]] static QStringList all();
};
