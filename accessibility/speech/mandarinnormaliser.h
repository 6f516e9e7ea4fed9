// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace speech {

/// @brief Display text → what the cmn-latn-pinyin voice reads correctly (pure).
///
/// Numbers, dates, times, phone and ID numbers, codes and symbols become Chinese words by
/// their context (the rules are listed in README.md, "What the voice is given"); the
/// pronunciation lexicon is not applied here (see SpeechNormaliser).
namespace MandarinNormaliser {

[[nodiscard]] QString normalise(const QString &text);

} // namespace MandarinNormaliser

} // namespace speech
