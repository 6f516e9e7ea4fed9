// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

namespace core {

/// @brief One common phrase a visitor can pick instead of typing: a stable wire key and its words.
struct Phrase
{
    QString key;
    TranslatableText words;
};

} // namespace core
