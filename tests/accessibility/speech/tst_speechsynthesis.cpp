// SPDX-License-Identifier: GPL-3.0-or-later
// libespeak-ng synthesis as the engine uses it: real Mandarin and English speech of plausible
// length and loudness, the seven rate steps, and abandoning a text midway.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/speechrate.h"
#include "pcmmeasure.h"

#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using speech::EspeakSynthesizer;
using speech::SpeechLanguage;
using speech::SpeechRate;

Q_DECLARE_METATYPE(speech::SpeechLanguage)

namespace {

// 33 Chinese characters, a typical arrival prompt.
const QString mandarinPrompt = QStringLiteral(
        "社区服务站欢迎您。请把身份证放在读卡器上，或者用键盘输入您的证件号码。");
constexpr int mandarinCharacters = 33;
// 21 words.
const QString englishPrompt = QStringLiteral(
        "Welcome to the community service station. Please place your ID card on the reader, or "
        "type your number on the keypad.");
constexpr int englishWords = 21;

QByteArray synthesize(const QString &text, SpeechLanguage language, int rateStep)
{
    QByteArray pcm;
    const bool ok = EspeakSynthesizer::synthesize(
            text, language, SpeechRate::forStep(rateStep, language),
            [&pcm](const std::int16_t *samples, int count) {
                pcm.append(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
                return true;
            });
    return ok ? pcm : QByteArray();
}

} // namespace

class SpeechSynthesisTest : public QObject
{
    Q_OBJECT

private slots:
    void mandarinIsSpokenAsMandarin()
    {
        // Debian 12's plain "cmn" voice reads 你好 as "ni three hao three" in English: the
        // phonemes must carry Mandarin tones (214 = third tone), not English number words.
        const QString phonemes =
                EspeakSynthesizer::phonemes(QStringLiteral("你好"), SpeechLanguage::Mandarin);
        QVERIFY2(phonemes.contains(QRegularExpression(QStringLiteral("n'?i214"))),
                 qPrintable(phonemes));
        QVERIFY2(!phonemes.contains(QLatin1String("Tr'i:")), qPrintable(phonemes));
    }

    void sentenceIsAudibleWithPlausibleLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpeechLanguage>("language");
        QTest::addColumn<int>("units");
        QTest::newRow("mandarin") << mandarinPrompt << SpeechLanguage::Mandarin << mandarinCharacters;
        QTest::newRow("english") << englishPrompt << SpeechLanguage::English << englishWords;
    }

    void sentenceIsAudibleWithPlausibleLength()
    {
        QFETCH(QString, text);
        QFETCH(SpeechLanguage, language);
        QFETCH(int, units);
        const QByteArray pcm = synthesize(text, language, SpeechRate::defaultStep);
        QVERIFY(!pcm.isEmpty());
        const double seconds = pcmmeasure::seconds(pcm);
        const double perMinute = units / seconds * 60.0;
        std::printf("%s: %.2f s, %.0f per minute, RMS %.0f\n", QTest::currentDataTag(), seconds,
                    perMinute, pcmmeasure::rms(pcm));
        // The default step is about 190 Mandarin characters or 130 English words per minute
        // (tst_speechrate measures it closely).
        const bool plausible = language == SpeechLanguage::Mandarin ? perMinute > 160 && perMinute < 220
                                                                    : perMinute > 105 && perMinute < 160;
        QVERIFY2(plausible, qPrintable(QString::number(perMinute)));
        QVERIFY(pcmmeasure::rms(pcm) > 800);
        // Speech fills most of it: no long silent stretch pretending to be speech.
        QVERIFY(pcmmeasure::audibleSpan(pcm) > 0.8 * seconds);
    }

    void rateStepsScaleDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpeechLanguage>("language");
        QTest::newRow("mandarin") << mandarinPrompt << SpeechLanguage::Mandarin;
        QTest::newRow("english") << englishPrompt << SpeechLanguage::English;
    }

    void rateStepsScaleDuration()
    {
        QFETCH(QString, text);
        QFETCH(SpeechLanguage, language);
        double durations[SpeechRate::stepCount];
        for (int step = 0; step < SpeechRate::stepCount; ++step)
            durations[step] = pcmmeasure::seconds(synthesize(text, language, step));
        const double base = durations[SpeechRate::defaultStep];
        for (int step = 0; step < SpeechRate::stepCount; ++step) {
            const double speed = base / durations[step];
            std::printf("%s step %d: %.2f s, speed %.2fx (nominal %.2fx)\n", QTest::currentDataTag(),
                        step, durations[step], speed, SpeechRate::factor(step));
            if (step > 0)
                QVERIFY2(durations[step] < durations[step - 1] * 0.93, "each step must be faster");
            QVERIFY2(std::abs(speed / SpeechRate::factor(step) - 1.0) < 0.15,
                     qPrintable(QStringLiteral("step %1 speed %2").arg(step).arg(speed)));
        }
        const double range = durations[0] / durations[SpeechRate::stepCount - 1];
        QVERIFY2(range > 3.4 && range < 4.8, qPrintable(QString::number(range)));
    }

    void rateKeepsPitch()
    {
        // Slower speech must not sound deeper: compare the zero-crossing rate of voiced speech,
        // a rough pitch measure, between the slowest and fastest steps.
        auto crossingsPerSecond = [](const QByteArray &pcm) {
            const auto *s = reinterpret_cast<const std::int16_t *>(pcm.constData());
            qsizetype crossings = 0, voiced = 0;
            const qsizetype frame = pcmmeasure::sampleRate / 100;
            for (qsizetype f = 0; f + 1 < pcm.size() / 2 / frame; ++f) {
                if (pcmmeasure::rms(pcm, f * frame, (f + 1) * frame) < 1500)
                    continue;
                ++voiced;
                for (qsizetype i = f * frame + 1; i < (f + 1) * frame; ++i)
                    crossings += (s[i - 1] < 0) != (s[i] < 0);
            }
            return voiced ? crossings * 100.0 / voiced : 0.0;
        };
        const double slow = crossingsPerSecond(synthesize(englishPrompt, SpeechLanguage::English, 0));
        const double fast = crossingsPerSecond(synthesize(englishPrompt, SpeechLanguage::English, 6));
        std::printf("zero crossings per second: slow %.0f, fast %.0f\n", slow, fast);
        QVERIFY(slow > 0 && fast > 0);
        QVERIFY2(std::abs(slow / fast - 1.0) < 0.2, "pitch changed with the rate");
    }

    void abandoningStopsSynthesisAtOnce()
    {
        int chunks = 0;
        QVERIFY(EspeakSynthesizer::synthesize(mandarinPrompt, SpeechLanguage::Mandarin,
                                              SpeechRate::forStep(3, SpeechLanguage::Mandarin),
                                              [&chunks](const std::int16_t *, int) {
                                                  return ++chunks < 3;
                                              }));
        QCOMPARE(chunks, 3);
        // The next text is complete and alone: nothing of the abandoned one (13 s) is left over.
        // (eSpeak's output varies by a few samples between calls.)
        const QByteArray again = synthesize(englishPrompt, SpeechLanguage::English, 3);
        const QByteArray fresh = synthesize(englishPrompt, SpeechLanguage::English, 3);
        QVERIFY2(std::abs(pcmmeasure::seconds(again) - pcmmeasure::seconds(fresh)) < 0.05,
                 qPrintable(QStringLiteral("%1 s after abandoning, %2 s fresh")
                                    .arg(pcmmeasure::seconds(again))
                                    .arg(pcmmeasure::seconds(fresh))));
    }
};

QTEST_GUILESS_MAIN(SpeechSynthesisTest)
#include "tst_speechsynthesis.moc"
