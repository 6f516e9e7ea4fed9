// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/check/speechcheck.h"

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/speechrate.h"

namespace {

/// How many samples the phrase gave; 0 when it could not be synthesised.
qint64 samplesOf(const QString &text, speech::SpeechLanguage language)
{
    qint64 samples = 0;
    const bool done = speech::EspeakSynthesizer::synthesize(
        text, language, speech::SpeechRate::forStep(speech::SpeechRate::defaultStep, language),
        [&samples](const std::int16_t *, int count) {
            samples += count;
            return true;
        });
    return done ? samples : 0;
}

} // namespace

CheckResult SpeechCheck::run()
{
    using speech::EspeakSynthesizer;
    using speech::SpeechLanguage;
    const QString name = QStringLiteral("speech");
    if (!EspeakSynthesizer::isAvailable())
        return CheckResult::fail(name, QStringLiteral("eSpeak NG cannot start (is espeak-ng-data installed?)"));
    const qint64 zh = samplesOf(QStringLiteral("您好，欢迎。"), SpeechLanguage::Mandarin);
    const qint64 en = samplesOf(QStringLiteral("Welcome."), SpeechLanguage::English);
    if (zh <= 0)
        return CheckResult::fail(name, QStringLiteral("eSpeak NG voice %1 (Mandarin) says nothing")
                                           .arg(QLatin1String(EspeakSynthesizer::voiceName(SpeechLanguage::Mandarin))));
    if (en <= 0)
        return CheckResult::fail(name, QStringLiteral("eSpeak NG voice %1 (English) says nothing")
                                           .arg(QLatin1String(EspeakSynthesizer::voiceName(SpeechLanguage::English))));
    const auto ms = [](qint64 samples) { return samples * 1000 / EspeakSynthesizer::sampleRate; };
    return CheckResult::ok(name, QStringLiteral("eSpeak NG speaks Mandarin (%1, %2 ms) and English (%3, %4 ms)")
                                     .arg(QLatin1String(EspeakSynthesizer::voiceName(SpeechLanguage::Mandarin)))
                                     .arg(ms(zh))
                                     .arg(QLatin1String(EspeakSynthesizer::voiceName(SpeechLanguage::English)))
                                     .arg(ms(en)));
}
