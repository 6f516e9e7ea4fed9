// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-speech [--lang zh|en] [--rate STEP] [--volume STEP] [--wav FILE] [--time] [--phonemes]
//              [--normalised] [--unnormalised] [--lexicon FILE] TEXT
// Speaks TEXT through the kiosk's speech engine (or writes it to a WAV file) so that
// pronunciation and rates can be checked on site with the station's own voice settings.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/speech/pcmjoiner.h"
#include "accessibility/speech/speechnormaliser.h"
#include "accessibility/speech/speechrate.h"
#include "accessibility/speech/wavfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ctime>

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk-speech"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Speak a text with the kiosk's voice, to the speaker or to a WAV file."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh (default) or en."),
                                        QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption rateOption(
            QStringLiteral("rate"),
            QStringLiteral("Rate step 1..7, numbered as the INI's [speech] rate and the screen "
                           "(4 = default, 1 = half speed, 7 = double)."),
            QStringLiteral("STEP"), QString::number(speech::SpeechRate::defaultStep + 1));
    const QCommandLineOption volumeOption(
            QStringLiteral("volume"),
            QStringLiteral("Volume step 1..5, numbered as the INI's [speech] volume and the screen "
                           "(5 = full level)."),
            QStringLiteral("STEP"));
    const QCommandLineOption wavOption(QStringLiteral("wav"),
                                       QStringLiteral("Write a WAV file instead of speaking."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption timeOption(
            QStringLiteral("time"),
            QStringLiteral("Print synthesis time, audio duration and their ratio."));
    const QCommandLineOption phonemesOption(
            QStringLiteral("phonemes"),
            QStringLiteral("Print eSpeak NG's phonemes for the text instead of speaking it."));
    const QCommandLineOption normalisedOption(
            QStringLiteral("normalised"),
            QStringLiteral("Print what the engine gives the voice for the text (numbers, dates and "
                           "codes in words, lexicon words in pinyin) instead of speaking it."));
    const QCommandLineOption unnormalisedOption(
            QStringLiteral("unnormalised"),
            QStringLiteral("Give the voice the text exactly as written (to compare)."));
    const QCommandLineOption lexiconOption(
            QStringLiteral("lexicon"),
            QStringLiteral("Read this pronunciation lexicon after the built-in one (as "
                           "KIOSK_SPEECH_LEXICON does for the kiosk)."),
            QStringLiteral("FILE"));
    parser.addOptions({langOption, rateOption, volumeOption, wavOption, timeOption, phonemesOption,
                       normalisedOption, unnormalisedOption, lexiconOption});
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The text to speak."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        err << "kiosk-speech: no text given\n";
        return 2;
    }
    const QString lang = parser.value(langOption);
    if (lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        err << "kiosk-speech: --lang must be zh or en\n";
        return 2;
    }
    bool ok = false;
    // The command line counts from 1 as the INI and the screen do; the engine from 0.
    const int rateStep = parser.value(rateOption).toInt(&ok) - 1;
    if (!ok || rateStep < 0 || rateStep >= speech::SpeechRate::stepCount) {
        err << "kiosk-speech: --rate must be 1.." << speech::SpeechRate::stepCount << "\n";
        return 2;
    }
    int volumeStep = -1;
    if (parser.isSet(volumeOption)) {
        volumeStep = parser.value(volumeOption).toInt(&ok) - 1;
        if (!ok || volumeStep < 0 || volumeStep >= speech::SpeechEngine::volumeStepCount()) {
            err << "kiosk-speech: --volume must be 1.." << speech::SpeechEngine::volumeStepCount() << "\n";
            return 2;
        }
    }
    const speech::SpeechLanguage language = speech::languageFromCode(lang);
    if (parser.isSet(lexiconOption))
        qputenv("KIOSK_SPEECH_LEXICON", parser.value(lexiconOption).toLocal8Bit());
    const bool normalising = !parser.isSet(unnormalisedOption);
    // What the engine gives the voice (the engine normalises on its own; the library calls
    // below need it done here).
    // A part in the other language is shown as [en:...] or [zh:...]: that voice reads it.
    const QList<speech::LanguageSegment> parts = normalising
            ? speech::SpeechNormaliser::segments(text, language)
            : QList<speech::LanguageSegment>{{text, language}};

    if (parser.isSet(normalisedOption)) {
        for (const speech::LanguageSegment &part : parts)
            out << (part.language == language ? part.text
                                              : QStringLiteral("[%1:%2]").arg(speech::languageCode(part.language), part.text));
        out << "\n";
        return 0;
    }

    if (parser.isSet(phonemesOption)) {
        QStringList said;
        for (const speech::LanguageSegment &part : parts)
            said << speech::EspeakSynthesizer::phonemes(part.text, part.language);
        const QString phonemes = said.join(u' ').trimmed();
        if (phonemes.isEmpty()) {
            err << "kiosk-speech: libespeak-ng could not be initialised\n";
            return 1;
        }
        out << phonemes << "\n";
        return 0;
    }

    if (parser.isSet(wavOption) || parser.isSet(timeOption)) {
        if (!speech::EspeakSynthesizer::isAvailable()) {
            err << "kiosk-speech: libespeak-ng could not be initialised\n";
            return 1;
        }
        QByteArray pcm;
        double firstChunkMs = -1;
        QElapsedTimer wall;
        const double cpuStart = cpuSeconds();
        wall.start();
        // As the engine does: a voice per part, joined into one stream (PcmJoiner).
        speech::PcmJoiner joiner(speech::EspeakSynthesizer::sampleRate, [&](const std::int16_t *samples, int count) {
            if (firstChunkMs < 0)
                firstChunkMs = wall.nsecsElapsed() / 1e6;
            pcm.append(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
            return true;
        });
        bool synthesised = true;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            joiner.beginPart();
            synthesised = speech::EspeakSynthesizer::synthesize(
                                  parts[i].text, parts[i].language,
                                  speech::SpeechRate::forStep(rateStep, parts[i].language),
                                  [&](const std::int16_t *samples, int count) { return joiner.add(samples, count); })
                    && synthesised;
            joiner.endPart(i == parts.size() - 1);
        }
        const double wallMs = wall.nsecsElapsed() / 1e6;
        const double cpu = cpuSeconds() - cpuStart;
        if (!synthesised || pcm.isEmpty()) {
            err << "kiosk-speech: synthesis failed\n";
            return 1;
        }
        if (volumeStep >= 0) {
            const double gain = std::pow(10.0, speech::SpeechEngine::volumeDecibels(volumeStep) / 20.0);
            auto *s = reinterpret_cast<std::int16_t *>(pcm.data());
            for (qsizetype i = 0; i < pcm.size() / 2; ++i)
                s[i] = std::int16_t(std::clamp(std::lround(s[i] * gain), long(INT16_MIN), long(INT16_MAX)));
        }
        const double audioSeconds = pcm.size() / 2.0 / speech::EspeakSynthesizer::sampleRate;
        if (parser.isSet(timeOption)) {
            out << "characters: " << text.size() << "\n"
                << "first audio: " << QString::number(firstChunkMs, 'f', 1) << " ms\n"
                << "synthesis: " << QString::number(wallMs, 'f', 1) << " ms wall, "
                << QString::number(cpu * 1000, 'f', 1) << " ms CPU\n"
                << "audio: " << QString::number(audioSeconds, 'f', 2) << " s\n"
                << "ratio: " << QString::number(audioSeconds / std::max(cpu, 1e-6), 'f', 0)
                << " s of audio per CPU second\n";
            out.flush();
        }
        if (parser.isSet(wavOption)) {
            if (!speech::WavFile::write(parser.value(wavOption), pcm,
                                        speech::EspeakSynthesizer::sampleRate)) {
                err << "kiosk-speech: cannot write " << parser.value(wavOption) << "\n";
                return 1;
            }
            return 0;
        }
    }

    speech::SpeechEngine engine;
    if (!engine.audioAvailable())
        err << "kiosk-speech: no audio output device; use --wav FILE\n";
    engine.setRateStep(rateStep);
    engine.setNormalising(normalising);
    if (volumeStep >= 0)
        engine.setVolumeStep(volumeStep);
    QElapsedTimer spoken;
    const bool timed = parser.isSet(timeOption);
    QObject::connect(&engine, &speech::SpeechEngine::audioStarted, &app, [&] {
        if (timed)
            out << "speaker: first audio after " << QString::number(spoken.nsecsElapsed() / 1e6, 'f', 1)
                << " ms\n" << Qt::flush;
    });
    QObject::connect(&engine, &speech::SpeechEngine::utteranceFinished, &app, [&] {
        if (timed)
            out << "speaker: finished after " << QString::number(spoken.nsecsElapsed() / 1e9, 'f', 2)
                << " s\n" << Qt::flush;
        QCoreApplication::exit(0);
    }, Qt::QueuedConnection);
    spoken.start();
    engine.speak(text, lang, speech::SpeechEngine::Priority::Interrupt);
    return app.exec();
}
