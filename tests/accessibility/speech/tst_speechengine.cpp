// SPDX-License-Identifier: GPL-3.0-or-later
// The speech engine as the kiosk uses it, heard through a recording sink: what is spoken and in
// which order, interrupting, repeating, rate and volume steps, the defaults, running without an
// audio device, and destroying the engine mid-sentence.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/speech/speechnormaliser.h"
#include "accessibility/speech/speechrate.h"
#include "pcmmeasure.h"
#include "recordingsink.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using speech::SpeechEngine;
using Priority = speech::SpeechEngine::Priority;

namespace {

const QString longMandarin = QStringLiteral(
        "社区服务站欢迎您。请把身份证放在读卡器上，或者用键盘输入您的证件号码。"
        "如果需要帮助，请按帮助键，工作人员会马上过来。");
const QString shortEnglish = QStringLiteral("Please place your ID card on the reader.");

struct Harness
{
    std::shared_ptr<RecordingSink::Recording> recording = std::make_shared<RecordingSink::Recording>();
    std::unique_ptr<SpeechEngine> engine;

    /// `speed` > 1 "plays" faster than real time, to keep the tests short.
    explicit Harness(double speed = 8.0, bool noDevice = false)
    {
        recording->failOpen = noDevice;
        auto rec = recording;
        engine = std::make_unique<SpeechEngine>(
                [rec, speed] { return std::make_unique<RecordingSink>(rec, speed); });
    }

    bool waitIdle(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return !engine->isSpeaking(); }, timeoutMs);
    }

    /// Speaks `text` to its end and returns what the sink received.
    QByteArray speakAll(const QString &text, const QString &language)
    {
        recording->clear();
        engine->speak(text, language, Priority::Interrupt);
        if (!waitIdle())
            return {};
        return recording->snapshot();
    }
};

QStringList startedTexts(const QSignalSpy &spy)
{
    QStringList texts;
    for (const QList<QVariant> &args : spy)
        texts.append(args.at(0).toString());
    return texts;
}

} // namespace

class SpeechEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void speaksAudiblyAndReportsWhat()
    {
        Harness h;
        QVERIFY(h.engine->audioAvailable());
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy finished(h.engine.get(), &SpeechEngine::utteranceFinished);
        h.engine->speak(QStringLiteral("请输入证件号码"), QStringLiteral("zh"));
        QVERIFY(h.engine->isSpeaking());
        QVERIFY(h.waitIdle());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("请输入证件号码"));
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("zh"));
        QCOMPARE(finished.size(), 1);
        const QByteArray pcm = h.recording->snapshot();
        // 7 characters at about 2 per second.
        QVERIFY2(pcmmeasure::seconds(pcm) > 1.5 && pcmmeasure::seconds(pcm) < 7,
                 qPrintable(QString::number(pcmmeasure::seconds(pcm))));
        QVERIFY(pcmmeasure::rms(pcm) > 300);
    }

    void everyUtteranceIsNormalisedAndReportedAsWritten()
    {
        // "验证码 A7K2": as written, eSpeak reads the code as one English word (about 1.6 s at
        // the default rate); normalised it is A，七，K，二 in Mandarin (about 2.6 s).
        const QString text = QStringLiteral("验证码 A7K2");
        const QString normalised = speech::SpeechNormaliser::normalise(text, speech::SpeechLanguage::Mandarin);
        QCOMPARE(normalised, QStringLiteral("验证码 A，七，K，二"));
        auto synthesisedSeconds = [](const QString &t) {
            QByteArray pcm;
            speech::EspeakSynthesizer::synthesize(
                    t, speech::SpeechLanguage::Mandarin,
                    speech::SpeechRate::forStep(speech::SpeechRate::defaultStep, speech::SpeechLanguage::Mandarin),
                    [&pcm](const std::int16_t *samples, int count) {
                        pcm.append(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
                        return true;
                    });
            return pcmmeasure::seconds(pcm);
        };
        Harness h;
        QVERIFY(h.engine->isNormalising());
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        const double spoken = pcmmeasure::seconds(h.speakAll(text, QStringLiteral("zh")));
        h.engine->setNormalising(false);
        const double asWritten = pcmmeasure::seconds(h.speakAll(text, QStringLiteral("zh")));
        std::printf("normalised %.2f s (direct %.2f s), as written %.2f s\n", spoken,
                    synthesisedSeconds(normalised), asWritten);
        QVERIFY2(std::abs(spoken - synthesisedSeconds(normalised)) < 0.1, qPrintable(QString::number(spoken)));
        QVERIFY2(std::abs(asWritten - synthesisedSeconds(text)) < 0.1, qPrintable(QString::number(asWritten)));
        QVERIFY2(spoken / asWritten > 1.4, qPrintable(QString::number(spoken / asWritten)));
        // Announcer and tests see the display text, not the words given to the voice.
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0).at(0).toString(), text);
        QCOMPARE(started.at(1).at(0).toString(), text);
    }

    void englishLanguageCodes()
    {
        Harness h;
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->speak(shortEnglish, QStringLiteral("en_GB"));
        QVERIFY(h.waitIdle());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("en"));
    }

    void blankTextAndDisabledEngineSayNothing()
    {
        Harness h;
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->speak(QStringLiteral("  "), QStringLiteral("zh"));
        h.engine->setEnabled(false);
        h.engine->speak(shortEnglish, QStringLiteral("en"));
        QTest::qWait(200);
        QCOMPARE(started.size(), 0);
        QCOMPARE(h.recording->size(), 0);
        QVERIFY(!h.engine->isSpeaking());
    }

    void disablingSilencesAtOnce()
    {
        Harness h(1.0);
        h.engine->speak(longMandarin, QStringLiteral("zh"));
        QVERIFY(QTest::qWaitFor([&] { return h.recording->size() > 0; }, 3000));
        h.engine->setEnabled(false);
        QVERIFY(!h.engine->isSpeaking());
        QTest::qWait(150);
        const qsizetype size = h.recording->size();
        QTest::qWait(400);
        QCOMPARE(h.recording->size(), size);
    }

    void stopSilencesWithinOneBuffer()
    {
        Harness h(1.0); // real time, like a speaker
        QSignalSpy finished(h.engine.get(), &SpeechEngine::utteranceFinished);
        h.engine->speak(longMandarin, QStringLiteral("zh"));
        h.engine->speak(shortEnglish, QStringLiteral("en")); // queued, must be dropped too
        QTest::qWait(500);
        QVERIFY(h.recording->size() > 0);
        const qsizetype atStop = h.recording->size();
        h.engine->stop();
        QVERIFY(!h.engine->isSpeaking());
        QCOMPARE(finished.size(), 1);
        QTest::qWait(1000);
        const qsizetype grown = h.recording->size() - atStop;
        std::printf("after stop(): %lld more bytes (%.0f ms of audio)\n", (long long)grown,
                    grown / 44.1);
        // At most what was in flight: one 80 ms buffer.
        QVERIFY2(grown <= 22050 * 2 / 10, qPrintable(QString::number(grown)));
        // Nearly all of the 11 s sentence was never played.
        QVERIFY(pcmmeasure::seconds(h.recording->snapshot()) < 1.5);
        QCOMPARE(finished.size(), 1);
    }

    void interruptReplacesSpeechAndQueue()
    {
        Harness h(1.0);
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->speak(longMandarin, QStringLiteral("zh"));
        h.engine->speak(QStringLiteral("queued"), QStringLiteral("en"));
        QTest::qWait(300);
        h.engine->speak(QStringLiteral("Back"), QStringLiteral("en"), Priority::Interrupt);
        QVERIFY(h.waitIdle());
        QCOMPARE(startedTexts(started), (QStringList{longMandarin, QStringLiteral("Back")}));
        // The long sentence was cut off: far less than its 20 s were heard.
        QVERIFY(pcmmeasure::seconds(h.recording->snapshot()) < 2.5);
    }

    void priorityOrder()
    {
        Harness h;
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->speak(QStringLiteral("first"), QStringLiteral("en"), Priority::Normal);
        h.engine->speak(QStringLiteral("hint"), QStringLiteral("en"), Priority::Background);
        h.engine->speak(QStringLiteral("second"), QStringLiteral("en"), Priority::Normal);
        h.engine->speak(QStringLiteral("late hint"), QStringLiteral("en"), Priority::Background);
        h.engine->speak(QStringLiteral("third"), QStringLiteral("en"), Priority::Normal);
        QVERIFY(h.waitIdle());
        QCOMPARE(startedTexts(started),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                              QStringLiteral("third"), QStringLiteral("hint"),
                              QStringLiteral("late hint")}));
    }

    void normalCutsOffBackground()
    {
        Harness h(1.0);
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy finished(h.engine.get(), &SpeechEngine::utteranceFinished);
        h.engine->speak(longMandarin, QStringLiteral("zh"), Priority::Background);
        QTest::qWait(300);
        h.engine->speak(QStringLiteral("Card read"), QStringLiteral("en"), Priority::Normal);
        QVERIFY(h.waitIdle(8000));
        QCOMPARE(startedTexts(started), (QStringList{longMandarin, QStringLiteral("Card read")}));
        QCOMPARE(finished.size(), 2);
        QVERIFY(pcmmeasure::seconds(h.recording->snapshot()) < 3);
    }

    void repeatSpeaksTheLastUtteranceAgain()
    {
        Harness h;
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->repeat(); // nothing spoken yet: nothing to repeat
        const QByteArray first = h.speakAll(shortEnglish, QStringLiteral("en"));
        QCOMPARE(h.engine->lastText(), shortEnglish);
        h.recording->clear();
        h.engine->repeat();
        QVERIFY(h.waitIdle());
        QCOMPARE(startedTexts(started), (QStringList{shortEnglish, shortEnglish}));
        QCOMPARE(started.at(1).at(1).toString(), QStringLiteral("en"));
        // The same sentence again (eSpeak's output varies by a few samples between calls).
        const QByteArray again = h.recording->snapshot();
        QVERIFY(std::abs(pcmmeasure::seconds(again) - pcmmeasure::seconds(first)) < 0.05);
        QVERIFY(std::abs(pcmmeasure::decibels(pcmmeasure::rms(again) / pcmmeasure::rms(first))) < 0.5);
    }

    void rateStepChangesDuration()
    {
        Harness h(30.0);
        h.engine->setRateStep(0);
        const double slow = pcmmeasure::seconds(h.speakAll(shortEnglish, QStringLiteral("en")));
        h.engine->setRateStep(6);
        const double fast = pcmmeasure::seconds(h.speakAll(shortEnglish, QStringLiteral("en")));
        std::printf("rate step 0: %.2f s, step 6: %.2f s\n", slow, fast);
        QVERIFY(fast > 0.3);
        QVERIFY2(slow / fast > 3.0 && slow / fast < 5.0, qPrintable(QString::number(slow / fast)));
    }

    void volumeStepsAreSixDecibelsApart()
    {
        Harness h(30.0);
        QCOMPARE(h.engine->volumeStepCount(), 5);
        double levels[5];
        for (int step = 0; step < 5; ++step) {
            h.engine->setVolumeStep(step);
            levels[step] = pcmmeasure::rms(h.speakAll(shortEnglish, QStringLiteral("en")));
        }
        for (int step = 1; step < 5; ++step) {
            const double db = pcmmeasure::decibels(levels[step] / levels[step - 1]);
            std::printf("volume step %d -> %d: %+.2f dB\n", step - 1, step, db);
            QVERIFY2(std::abs(db - 6.0) < 0.3, qPrintable(QString::number(db)));
        }
        QVERIFY(pcmmeasure::decibels(levels[4] / levels[0]) >= 18.0);
        // The loudest step is eSpeak's own full level, not clipped.
        QVERIFY(levels[4] > 1500);
    }

    void resetToDefaultsRestoresStationSettings()
    {
        Harness h;
        QCOMPARE(h.engine->rateStep(), 3);
        QCOMPARE(h.engine->volumeStep(), 3);
        h.engine->setDefaultRateStep(2);
        h.engine->setDefaultVolumeStep(4);
        h.engine->setRateStep(6);
        h.engine->setVolumeStep(0);
        h.engine->setRateStep(99); // clamped
        QCOMPARE(h.engine->rateStep(), 6);
        QSignalSpy rate(h.engine.get(), &SpeechEngine::rateStepChanged);
        h.engine->resetToDefaults();
        QCOMPARE(h.engine->rateStep(), 2);
        QCOMPARE(h.engine->volumeStep(), 4);
        QCOMPARE(rate.size(), 1);
    }

    void sessionEndForgetsWhatWasSaid()
    {
        Harness h;
        h.speakAll(QStringLiteral("Your certificate is valid until 2030."), QStringLiteral("en"));
        h.engine->resetToDefaults();
        QVERIFY(h.engine->lastText().isEmpty());
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        h.engine->repeat(); // the next visitor presses "repeat"
        QTest::qWait(100);
        QCOMPARE(started.size(), 0);
        QVERIFY(!h.engine->isSpeaking());
    }

    void repeatUsesTheCurrentRate()
    {
        Harness h(30.0);
        const double normal = pcmmeasure::seconds(h.speakAll(shortEnglish, QStringLiteral("en")));
        h.engine->setRateStep(0); // "slower", then "repeat"
        h.recording->clear();
        h.engine->repeat();
        QVERIFY(h.waitIdle());
        const double slow = pcmmeasure::seconds(h.recording->snapshot());
        QVERIFY2(slow > normal * 1.6, qPrintable(QStringLiteral("%1 vs %2").arg(slow).arg(normal)));
    }

    void withoutAudioDeviceKeepsWorkingSilently()
    {
        QTest::ignoreMessage(QtWarningMsg, "no audio output device: speech continues silently");
        Harness h(8.0, /*noDevice=*/true);
        QVERIFY(!h.engine->audioAvailable());
        QSignalSpy started(h.engine.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy finished(h.engine.get(), &SpeechEngine::utteranceFinished);
        QElapsedTimer clock;
        clock.start();
        h.engine->speak(shortEnglish, QStringLiteral("en"));
        QVERIFY(h.engine->isSpeaking());
        QVERIFY(h.waitIdle());
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);
        // Paced like a speaker (the silent sink plays in real time): about 2.5 s.
        QVERIFY2(clock.elapsed() > 1500, qPrintable(QString::number(clock.elapsed())));
        // Logged once per process, not per engine.
        Harness second(8.0, true);
        QVERIFY(!second.engine->audioAvailable());
    }

    void lostDeviceFallsBackToSilence()
    {
        Harness h(8.0);
        h.recording->stallAfter = 22050; // half a second of audio, then the speaker is "unplugged"
        QSignalSpy availability(h.engine.get(), &SpeechEngine::audioAvailableChanged);
        QSignalSpy finished(h.engine.get(), &SpeechEngine::utteranceFinished);
        QTest::ignoreMessage(QtWarningMsg, "audio output lost: speech continues silently");
        h.engine->speak(shortEnglish, QStringLiteral("en"));
        QVERIFY(availability.wait(8000));
        QVERIFY(!h.engine->audioAvailable());
        // The utterance still ends, and the queue goes on.
        QVERIFY(h.waitIdle(10000));
        QCOMPARE(finished.size(), 1);
    }

    void deviceAppearingLaterIsUsed()
    {
        Harness h(8.0, /*noDevice=*/true);
        QVERIFY(!h.engine->audioAvailable());
        h.recording->failOpen = false; // the speaker is plugged in
        QTest::qWait(3100);
        QSignalSpy availability(h.engine.get(), &SpeechEngine::audioAvailableChanged);
        h.engine->speak(QStringLiteral("Hello"), QStringLiteral("en"));
        QVERIFY(h.waitIdle());
        QCOMPARE(availability.size(), 1);
        QVERIFY(h.engine->audioAvailable());
        QVERIFY(pcmmeasure::rms(h.recording->snapshot()) > 300);
    }

    void destroyingWhileSpeakingIsSafe()
    {
        for (int i = 0; i < 20; ++i) {
            Harness h(1.0);
            h.engine->speak(longMandarin, QStringLiteral("zh"));
            h.engine->speak(shortEnglish, QStringLiteral("en"));
            if (i % 2)
                QTest::qWait(30);
        } // each engine is destroyed mid-sentence
        Harness h;
        QVERIFY(!h.speakAll(shortEnglish, QStringLiteral("en")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SpeechEngineTest)
#include "tst_speechengine.moc"
