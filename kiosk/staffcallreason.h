// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

/// @brief Why a visitor called staff, in words for the staff screen: the call keeps a key (the
/// page it was made from), never the visitor's own words.
class StaffCallReason
{
public:
    [[nodiscard]] static core::TranslatableText words(const QString &key);
};
