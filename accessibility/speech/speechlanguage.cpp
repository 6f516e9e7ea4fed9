// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/speechlanguage.h"

namespace speech {

SpeechLanguage languageFromCode(QStringView code)
{
    return code.startsWith(u"en", Qt::CaseInsensitive) ? SpeechLanguage::English
                                                         : SpeechLanguage::Mandarin;
}

QString languageCode(SpeechLanguage language)
{
    return language == SpeechLanguage::English ? QStringLiteral("en") : QStringLiteral("zh");
}

} // namespace speech
