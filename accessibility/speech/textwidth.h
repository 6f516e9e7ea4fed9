// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace speech {

/// Full-width digits, Latin letters, ％ and ： (as typed with a Chinese input method) become
/// their ASCII forms, so the readers see 2025 whichever way it was typed.
[[nodiscard]] QString narrowed(const QString &text);

} // namespace speech
