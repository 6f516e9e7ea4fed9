// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the kiosk speaks, measured with the real voice: Mandarin characters per minute of
// typical prompts at each rate step (the station default near 180-200, as ordinary Mandarin is
// spoken to an older listener) and English words per minute. speechrate.cpp holds the table
// this test measured. KIOSK_SPEECH_RATE_SWEEP=1 also prints eSpeak's rate setting against the
// characters per minute it gives, for calibrating that table again.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/speechnormaliser.h"
#include "accessibility/speech/speechrate.h"
#include "pcmmeasure.h"

#include <QTest>

#include <cstdio>

using speech::EspeakSynthesizer;
using speech::SpeechLanguage;
using speech::SpeechRate;

namespace {

// Typical prompts of the kiosk, as written (185 Chinese characters, no digits).
const QStringList mandarinPrompts{
        QStringLiteral("社区服务站欢迎您。请把身份证放在读卡器上，或者用键盘输入您的证件号码。"),
        QStringLiteral("您的残疾人证正在评定中，请耐心等待，有结果后我们会打电话通知您。"),
        QStringLiteral("请选择您需要的服务，如果不知道怎么办，可以点呼叫工作人员。"),
        QStringLiteral("志愿者会陪您去医院看病，请告诉我们您方便的时间和地点。"),
        QStringLiteral("您的预约已经取消了。如果还需要帮助，请重新预约或者问工作人员。"),
};
const QStringList englishPrompts{
        QStringLiteral("Welcome to the community service station. Please place your ID card on the reader, or "
                       "type your number on the keypad."),
        QStringLiteral("Your certificate is being assessed. Please wait: we will call you when there is a result."),
        QStringLiteral("Choose the service you need. If you are not sure, press Call staff."),
};

int units(const QString &text, SpeechLanguage language)
{
    if (language == SpeechLanguage::English)
        return int(text.split(u' ', Qt::SkipEmptyParts).size());
    int n = 0;
    for (const QChar c : text)
        n += c.script() == QChar::Script_Han && c.isLetter();
    return n;
}

/// Characters (Mandarin) or words (English) per minute of the prompts at `rate`, over the whole
/// audio a visitor listens to (pauses at commas and full stops included).
double perMinute(const QStringList &prompts, SpeechLanguage language, SpeechRate rate)
{
    double seconds = 0;
    int count = 0;
    for (const QString &text : prompts) {
        QByteArray pcm;
        EspeakSynthesizer::synthesize(speech::SpeechNormaliser::normalise(text, language), language, rate,
                                      [&pcm](const std::int16_t *samples, int n) {
                                          pcm.append(reinterpret_cast<const char *>(samples), qsizetype(n) * 2);
                                          return true;
                                      });
        seconds += pcmmeasure::seconds(pcm);
        count += units(text, language);
    }
    return seconds > 0 ? count * 60.0 / seconds : 0;
}

} // namespace

class SpeechRateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise (espeak-ng-data missing)");
        if (qEnvironmentVariableIsSet("KIOSK_SPEECH_RATE_SWEEP")) {
            for (int wpm = 80; wpm <= 450; wpm += 10)
                std::printf("sweep wpm %d: %.0f characters/min, %.0f English words/min\n", wpm,
                            perMinute(mandarinPrompts, SpeechLanguage::Mandarin, {wpm, 0}),
                            perMinute(englishPrompts, SpeechLanguage::English, {wpm, 0}));
            for (int gap = 1; gap <= 12; ++gap)
                std::printf("sweep wpm 80 gap %d: %.0f characters/min, %.0f English words/min\n", gap,
                            perMinute(mandarinPrompts, SpeechLanguage::Mandarin, {80, gap}),
                            perMinute(englishPrompts, SpeechLanguage::English, {80, gap}));
        }
    }

    void mandarinDefaultIsOrdinarySpeech()
    {
        const double cpm = perMinute(mandarinPrompts, SpeechLanguage::Mandarin,
                                     SpeechRate::forStep(SpeechRate::defaultStep, SpeechLanguage::Mandarin));
        std::printf("Mandarin default step %d: %.0f characters per minute\n", SpeechRate::defaultStep + 1, cpm);
        QVERIFY2(cpm >= 180 && cpm <= 200, qPrintable(QString::number(cpm)));
    }

    void everyStepIsItsFactorOfTheDefault()
    {
        for (const auto language : {SpeechLanguage::Mandarin, SpeechLanguage::English}) {
            const QStringList &prompts = language == SpeechLanguage::Mandarin ? mandarinPrompts : englishPrompts;
            const double base = perMinute(prompts, language, SpeechRate::forStep(SpeechRate::defaultStep, language));
            for (int step = 0; step < SpeechRate::stepCount; ++step) {
                const double rate = perMinute(prompts, language, SpeechRate::forStep(step, language));
                std::printf("%s step %d: %.0f %s per minute (%.2fx, nominal %.2fx)\n",
                            language == SpeechLanguage::Mandarin ? "Mandarin" : "English", step + 1, rate,
                            language == SpeechLanguage::Mandarin ? "characters" : "words", rate / base,
                            SpeechRate::factor(step));
                QVERIFY2(std::abs(rate / base / SpeechRate::factor(step) - 1.0) < 0.1,
                         qPrintable(QStringLiteral("step %1: %2 per minute").arg(step + 1).arg(rate)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(SpeechRateTest)
#include "tst_speechrate.moc"
