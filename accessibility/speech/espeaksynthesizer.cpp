// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/espeaksynthesizer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <espeak-ng/speak_lib.h>

#include <optional>

Q_LOGGING_CATEGORY(lcEspeak, "kiosk.speech.espeak")

namespace speech {

namespace {

QMutex &espeakMutex()
{
    static QMutex mutex;
    return mutex;
}

// Everything below is guarded by espeakMutex().
bool g_initialised = false;
bool g_available = false;
std::optional<SpeechLanguage> g_voice;
const EspeakSynthesizer::PcmCallback *g_onPcm = nullptr;
bool g_abandoned = false;

int synthCallback(short *samples, int count, espeak_EVENT *)
{
    // In synchronous mode eSpeak calls back on the thread inside espeak_Synth(), which holds
    // the mutex, so the globals belong to the current call.
    if (g_abandoned || !g_onPcm)
        return 1;
    if (samples && count > 0 && !(*g_onPcm)(reinterpret_cast<const std::int16_t *>(samples), count)) {
        g_abandoned = true;
        return 1;
    }
    return 0;
}

bool initialiseLocked()
{
    if (g_initialised)
        return g_available;
    g_initialised = true;
    // 50 ms chunks: small enough that the first audio is ready within milliseconds and that an
    // interrupt is noticed at once; DONT_EXIT keeps a missing data directory from ending the kiosk.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 50, nullptr,
                                       espeakINITIALIZE_DONT_EXIT);
    if (rate != EspeakSynthesizer::sampleRate) {
        qCWarning(lcEspeak) << "libespeak-ng did not initialise (result" << rate
                            << "); speech stays silent";
        return false;
    }
    espeak_SetSynthCallback(synthCallback);
    g_available = true;
    return true;
}

} // namespace

const char *EspeakSynthesizer::voiceName(SpeechLanguage language)
{
    // Debian 12's espeak-ng 1.51 "cmn" voice turns characters into pinyin with tone digits
    // and then reads those as English ("ni three hao three"); the pinyin variant of the same
    // voice reads them as Mandarin.
    return language == SpeechLanguage::Mandarin ? "cmn-latn-pinyin" : "en";
}

namespace {

bool selectVoiceLocked(SpeechLanguage language)
{
    if (g_voice == language)
        return true;
    if (espeak_SetVoiceByName(EspeakSynthesizer::voiceName(language)) != EE_OK) {
        qCWarning(lcEspeak) << "eSpeak NG voice" << EspeakSynthesizer::voiceName(language)
                            << "is missing";
        g_voice.reset();
        return false;
    }
    g_voice = language;
    return true;
}

} // namespace

QString EspeakSynthesizer::phonemes(const QString &text, SpeechLanguage language)
{
    QMutexLocker lock(&espeakMutex());
    if (!initialiseLocked() || !selectVoiceLocked(language))
        return {};
    const QByteArray utf8 = text.toUtf8();
    const void *cursor = utf8.constData();
    QStringList clauses;
    while (cursor) {
        const char *clause = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0);
        if (clause && *clause)
            clauses.append(QString::fromUtf8(clause));
    }
    return clauses.join(QLatin1Char(' '));
}

bool EspeakSynthesizer::isAvailable()
{
    QMutexLocker lock(&espeakMutex());
    return initialiseLocked();
}

bool EspeakSynthesizer::synthesize(const QString &text, SpeechLanguage language, SpeechRate rate,
                                   const PcmCallback &onPcm)
{
    QMutexLocker lock(&espeakMutex());
    if (!initialiseLocked())
        return false;
    if (!selectVoiceLocked(language))
        return false;
    espeak_SetParameter(espeakRATE, rate.wordsPerMinute, 0);
    espeak_SetParameter(espeakWORDGAP, rate.wordGap, 0);

    const QByteArray utf8 = text.toUtf8();
    g_onPcm = &onPcm;
    g_abandoned = false;
    const espeak_ERROR result = espeak_Synth(utf8.constData(), std::size_t(utf8.size()) + 1, 0,
                                             POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    g_onPcm = nullptr;
    if (result != EE_OK && !g_abandoned)
        qCWarning(lcEspeak) << "espeak_Synth failed with" << int(result);
    return result == EE_OK || g_abandoned;
}

} // namespace speech
