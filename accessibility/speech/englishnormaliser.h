// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace speech {

/// @brief Display text → what the English voice reads correctly (pure): times, dates, phone
/// and ID numbers, codes and queue numbers by their context (rules in README.md).
/// Plain amounts, decimals and percentages are left to eSpeak, which reads them well.
namespace EnglishNormaliser {

[[nodiscard]] QString normalise(const QString &text);

} // namespace EnglishNormaliser

} // namespace speech
