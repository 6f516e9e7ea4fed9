// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/helptype.h"

#include <QString>
#include <QStringList>

/// @brief The pictogram (a Material icon name) of each kind of volunteer help on the kiosk's
/// tiles. Kept out of core: the server has no pictograms.
class HelpTypePictogram
{
public:
    [[nodiscard]] static QString name(core::HelpType type);
    /// Every name used, for the test that each is a glyph of the icon font.
    [[nodiscard]] static QStringList all();
};
