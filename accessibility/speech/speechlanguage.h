// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace speech {

/// @brief The kiosk's two spoken languages.
enum class SpeechLanguage { Mandarin, English };

/// "en", "en_GB", "en-US" ... mean English; anything else Mandarin, the kiosk's default
/// (the same rule as core::LocalizedText::in()).
[[nodiscard]] SpeechLanguage languageFromCode(QStringView code);
/// "zh" or "en", as the engine reports it in utteranceStarted().
[[nodiscard]] QString languageCode(SpeechLanguage language);

} // namespace speech
