// SPDX-License-Identifier: GPL-3.0-or-later
// bench_speech [--runs N]
// How quickly the kiosk starts talking and how cheaply it synthesises, for a 50-character
// Mandarin prompt. The baseline, timed in the same run on the same text, is the espeak-ng
// program writing a WAV file (what a kiosk shelling out to it would wait for).
// Then the normaliser's cost: speak() to the first buffer for a 50-character sentence full of
// numbers, dates and polyphones, normalised (as the kiosk speaks) against the same text given
// to the voice as written, alternating in the same run.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/silentsink.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/speech/speechnormaliser.h"
#include "accessibility/speech/speechrate.h"
#include "accessibility/speech/wavfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QAudioDevice>
#include <QEventLoop>
#include <QMediaDevices>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

const QString sentence = QStringLiteral(
        "社区服务站欢迎您。请把身份证放在读卡器上，或者用键盘输入证件号码。需要帮助请按帮助键，工作人员马上到");
// 50 characters with a date, a time range, a count, a hidden phone number and lexicon words.
const QString numberSentence = QStringLiteral(
        "预约2025年12月1日9:00-11:30到户籍地重新评定，带2张照片，电话138****5678");

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
            + usage.ru_stime.tv_usec / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile90(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * 9 / 10)];
}

struct ProgramRun
{
    double wallMs = 0;
    double cpuSeconds = 0;
    double audioSeconds = 0;
};

/// One run of `espeak-ng -v VOICE -w FILE TEXT`; audioSeconds < 0 on failure.
ProgramRun runProgram(const QString &voice, const QString &wav)
{
    ProgramRun run;
    QProcess process;
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    process.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), voice, QStringLiteral("-w"), wav, sentence});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        run.audioSeconds = -1;
        return run;
    }
    run.wallMs = wall.nsecsElapsed() / 1e6;
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    int rate = 0;
    const QByteArray pcm = speech::WavFile::read(wav, &rate);
    run.audioSeconds = rate > 0 ? pcm.size() / 2.0 / rate : -1;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(3, args.at(i + 1).toInt());

    std::printf("bench_speech: %lld-character Mandarin sentence, %d runs each (medians, p90)\n",
                (long long)sentence.size(), runs);
    if (!speech::EspeakSynthesizer::isAvailable()) {
        std::printf("libespeak-ng is not available\n");
        return 1;
    }

    // 1. Synthesis speed through the library, as the engine's synthesis thread runs it.
    const auto rate = speech::SpeechRate::forStep(speech::SpeechRate::defaultStep,
                                                  speech::SpeechLanguage::Mandarin);
    std::vector<double> libSpeed, libFirstMs, libWallMs;
    double libAudio = 0;
    for (int i = 0; i < runs + 1; ++i) {
        qsizetype bytes = 0;
        double first = -1;
        QElapsedTimer wall;
        const double cpu0 = threadCpuSeconds();
        wall.start();
        speech::EspeakSynthesizer::synthesize(sentence, speech::SpeechLanguage::Mandarin, rate,
                                              [&](const std::int16_t *, int count) {
                                                  if (first < 0)
                                                      first = wall.nsecsElapsed() / 1e6;
                                                  bytes += qsizetype(count) * 2;
                                                  return true;
                                              });
        const double cpu = threadCpuSeconds() - cpu0;
        const double wallMs = wall.nsecsElapsed() / 1e6;
        libAudio = bytes / 2.0 / speech::EspeakSynthesizer::sampleRate;
        if (i == 0)
            continue; // the first run loads the voice
        libSpeed.push_back(libAudio / std::max(cpu, 1e-9));
        libFirstMs.push_back(first);
        libWallMs.push_back(wallMs);
    }

    // 2. speak() to the first buffer handed to the output, through the whole engine (queue,
    //    synthesis thread, playback thread), with a silent output so no device is needed.
    std::vector<double> engineFirstMs, switchFirstMs;
    {
        speech::SpeechEngine engine([] { return std::make_unique<speech::SilentSink>(50.0); });
        QElapsedTimer clock;
        QEventLoop loop;
        QObject::connect(&engine, &speech::SpeechEngine::audioStarted, &loop, [&] {
            engineFirstMs.push_back(clock.nsecsElapsed() / 1e6);
            loop.quit();
        });
        for (int i = 0; i < runs + 1; ++i) {
            clock.start();
            engine.speak(sentence, QStringLiteral("zh"), speech::SpeechEngine::Priority::Interrupt);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            engine.stop();
        }
        if (!engineFirstMs.empty())
            engineFirstMs.erase(engineFirstMs.begin());

        // The same after the visitor switched language: eSpeak loads the other voice first.
        std::vector<double> all;
        engineFirstMs.swap(all);
        for (int i = 0; i < runs; ++i) {
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
                clock.start();
                engine.speak(lang == QLatin1String("en") ? QStringLiteral("Welcome.") : sentence,
                             lang, speech::SpeechEngine::Priority::Interrupt);
                QTimer::singleShot(5000, &loop, &QEventLoop::quit);
                loop.exec();
                engine.stop();
                if (lang == QLatin1String("en"))
                    engineFirstMs.pop_back();
            }
        }
        switchFirstMs.swap(engineFirstMs);
        engineFirstMs.swap(all);
    }

    // 2a. The normaliser: speak() to the first buffer, normalised and as written, alternating.
    std::vector<double> normalisedFirstMs, writtenFirstMs, normaliseUs;
    {
        speech::SpeechEngine engine([] { return std::make_unique<speech::SilentSink>(50.0); });
        QElapsedTimer clock;
        QEventLoop loop;
        std::vector<double> *into = nullptr;
        QObject::connect(&engine, &speech::SpeechEngine::audioStarted, &loop, [&] {
            if (into)
                into->push_back(clock.nsecsElapsed() / 1e6);
            loop.quit();
        });
        for (int i = 0; i < runs + 1; ++i) {
            for (const bool normalising : {true, false}) {
                engine.setNormalising(normalising);
                into = i == 0 ? nullptr : (normalising ? &normalisedFirstMs : &writtenFirstMs);
                clock.start();
                engine.speak(numberSentence, QStringLiteral("zh"), speech::SpeechEngine::Priority::Interrupt);
                QTimer::singleShot(5000, &loop, &QEventLoop::quit);
                loop.exec();
                engine.stop();
            }
        }
        for (int i = 0; i < runs * 10; ++i) {
            QElapsedTimer t;
            t.start();
            const QString words = speech::SpeechNormaliser::normalise(numberSentence, speech::SpeechLanguage::Mandarin);
            normaliseUs.push_back(t.nsecsElapsed() / 1e3);
            Q_UNUSED(words);
        }
    }

    // 2b. The same to the station's speaker, when there is one (Qt Multimedia, PulseAudio).
    std::vector<double> speakerFirstMs;
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        speech::SpeechEngine engine;
        if (engine.audioAvailable()) {
            QElapsedTimer clock;
            QEventLoop loop;
            QObject::connect(&engine, &speech::SpeechEngine::audioStarted, &loop, [&] {
                speakerFirstMs.push_back(clock.nsecsElapsed() / 1e6);
                loop.quit();
            });
            for (int i = 0; i < runs + 1; ++i) {
                clock.start();
                engine.speak(sentence, QStringLiteral("zh"), speech::SpeechEngine::Priority::Interrupt);
                QTimer::singleShot(5000, &loop, &QEventLoop::quit);
                loop.exec();
                engine.stop();
            }
            if (!speakerFirstMs.empty())
                speakerFirstMs.erase(speakerFirstMs.begin());
        }
    }

    // 3. Baseline: the espeak-ng program on the same text, in the same run.
    QTemporaryDir dir;
    const bool haveProgram = !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty();
    struct Baseline
    {
        QString voice;
        std::vector<double> wallMs, speed;
        double audio = 0;
    };
    std::vector<Baseline> baselines{{QStringLiteral("cmn"), {}, {}, 0},
                                    {QStringLiteral("cmn-latn-pinyin"), {}, {}, 0}};
    if (haveProgram) {
        for (Baseline &b : baselines) {
            for (int i = 0; i < runs; ++i) {
                const ProgramRun r = runProgram(b.voice, dir.filePath(QStringLiteral("x.wav")));
                if (r.audioSeconds < 0)
                    break;
                b.wallMs.push_back(r.wallMs);
                b.audio = r.audioSeconds;
                if (r.cpuSeconds > 0)
                    b.speed.push_back(r.audioSeconds / r.cpuSeconds);
            }
        }
    }

    std::printf("\nkiosk engine (libespeak-ng, voice %s, rate step %d)\n",
                speech::EspeakSynthesizer::voiceName(speech::SpeechLanguage::Mandarin),
                speech::SpeechRate::defaultStep);
    std::printf("  audio length                      %8.2f s\n", libAudio);
    std::printf("  speak() -> first audio buffer     %8.2f ms (p90 %.2f)\n", median(engineFirstMs),
                percentile90(engineFirstMs));
    std::printf("  same, right after English speech  %8.2f ms (p90 %.2f)\n", median(switchFirstMs),
                percentile90(switchFirstMs));
    if (speakerFirstMs.empty())
        std::printf("  same, to the speaker               (no audio output)\n");
    else
        std::printf("  same, to the speaker (QAudioSink) %8.2f ms (p90 %.2f)\n",
                    median(speakerFirstMs), percentile90(speakerFirstMs));
    std::printf("  synthesis: first PCM chunk        %8.2f ms (p90 %.2f)\n", median(libFirstMs),
                percentile90(libFirstMs));
    std::printf("  synthesis: whole sentence         %8.2f ms (p90 %.2f)\n", median(libWallMs),
                percentile90(libWallMs));
    std::printf("  synthesis speed                   %8.0f s of audio per CPU second\n",
                median(libSpeed));
    std::printf("\nnormaliser (%lld characters: date, times, count, hidden phone, lexicon words)\n",
                (long long)numberSentence.size());
    std::printf("  normalise() alone                 %8.1f us (p90 %.1f)\n", median(normaliseUs),
                percentile90(normaliseUs));
    std::printf("  speak() -> first buffer, normalised %6.2f ms (p90 %.2f)\n",
                median(normalisedFirstMs), percentile90(normalisedFirstMs));
    std::printf("  same text given as written        %8.2f ms (p90 %.2f)\n", median(writtenFirstMs),
                percentile90(writtenFirstMs));
    std::printf("  ratio: normalised / as written    %8.2fx (%+.2f ms; one audio buffer is 80 ms)\n",
                median(normalisedFirstMs) / std::max(median(writtenFirstMs), 1e-6),
                median(normalisedFirstMs) - median(writtenFirstMs));
    if (!haveProgram) {
        std::printf("\nbaseline: espeak-ng program not installed\n");
        return 0;
    }
    for (const Baseline &b : baselines) {
        std::printf("\nbaseline: espeak-ng -v %s -w FILE TEXT\n", qPrintable(b.voice));
        if (b.wallMs.empty()) {
            std::printf("  failed to run\n");
            continue;
        }
        std::printf("  audio length                      %8.2f s\n", b.audio);
        std::printf("  run to finished WAV               %8.2f ms (p90 %.2f)\n", median(b.wallMs),
                    percentile90(b.wallMs));
        if (!b.speed.empty())
            std::printf("  synthesis speed (process CPU)     %8.0f s of audio per CPU second\n",
                        median(b.speed));
        std::printf("  ratio: program finished WAV / engine first audio   %8.1fx\n",
                    median(b.wallMs) / std::max(median(engineFirstMs), 1e-6));
        if (!b.speed.empty())
            std::printf("  ratio: engine speed / program speed                %8.1fx\n",
                        median(libSpeed) / median(b.speed));
    }
    std::printf("\n(espeak-ng -v cmn on Debian 12 reads pinyin tone digits as English words, so its "
                "audio differs; cmn-latn-pinyin is the engine's voice.)\n");
    return 0;
}
