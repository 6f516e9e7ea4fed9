// SPDX-License-Identifier: GPL-3.0-or-later
// Mixed-language speech: English words inside Mandarin ("English" on the language key, "ID",
// "PIN") and Chinese inside English ("中文", "(户口本)") are read by the other language's voice,
// in one utterance: through the engine and a recording sink, the longest pause inside the
// sentence is measured and must not be longer than the pause the voice makes at a comma.

#include "recordingsink.h"
#include "pcmmeasure.h"

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/languagesegments.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/speech/speechnormaliser.h"

#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using speech::EspeakSynthesizer;
using speech::LanguageSegment;
namespace LanguageSegments = speech::LanguageSegments;
using speech::SpeechEngine;
using speech::SpeechLanguage;

Q_DECLARE_METATYPE(speech::SpeechLanguage)

namespace {

constexpr auto zh = SpeechLanguage::Mandarin;
constexpr auto en = SpeechLanguage::English;

/// "zh:请按|en:English|zh:键" for comparing in one QCOMPARE.
QString describe(const QList<LanguageSegment> &parts)
{
    QStringList out;
    for (const LanguageSegment &part : parts)
        out << speech::languageCode(part.language) + u':' + part.text;
    return out.join(u'|');
}

QString phonemesOf(const QString &text, SpeechLanguage language)
{
    QStringList said;
    for (const LanguageSegment &part : speech::SpeechNormaliser::segments(text, language))
        said << EspeakSynthesizer::phonemes(part.text, part.language);
    return said.join(u' ');
}

QByteArray synthesize(const QString &text, SpeechLanguage language)
{
    QByteArray pcm;
    EspeakSynthesizer::synthesize(text, language, speech::SpeechRate::forStep(speech::SpeechRate::defaultStep, language),
                                  [&pcm](const std::int16_t *samples, int count) {
                                      pcm.append(reinterpret_cast<const char *>(samples), qsizetype(count) * 2);
                                      return true;
                                  });
    return pcm;
}

QByteArray speakThroughEngine(const QString &text, const QString &language)
{
    auto recording = std::make_shared<RecordingSink::Recording>();
    SpeechEngine engine([recording] { return std::make_unique<RecordingSink>(recording, 8.0); });
    QSignalSpy started(&engine, &SpeechEngine::utteranceStarted);
    engine.speak(text, language);
    if (!QTest::qWaitFor([&] { return !engine.isSpeaking(); }, 20000) || started.size() != 1)
        return {};
    return recording->snapshot();
}

} // namespace

class SpeechMixedLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void segments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpeechLanguage>("language");
        QTest::addColumn<QString>("parts");
        auto row = [](const char *text, SpeechLanguage language, const char *parts) {
            QTest::newRow(text) << QString::fromUtf8(text) << language << QString::fromUtf8(parts);
        };
        row("请按English键", zh, "zh:请按|en:English|zh:键");
        row("身份证ID号码", zh, "zh:身份证|en:ID|zh:号码");
        row("请输入PIN。", zh, "zh:请输入|en:PIN|zh:。");
        row("点 Call staff 按钮", zh, "zh:点 |en:Call staff|zh: 按钮");
        // Codes, single letters and units stay with the Mandarin normaliser.
        row("验证码 A7K2", zh, "zh:验证码 A7K2");
        row("B1、B2", zh, "zh:B1、B2");
        row("A 7 K 2", zh, "zh:A 7 K 2");
        row("请 A012 号", zh, "zh:请 A012 号");
        row("重5kg", zh, "zh:重5kg");
        row("中文", zh, "zh:中文");
        row("Choose 中文 for Chinese", en, "en:Choose |zh:中文|en: for Chinese");
        row("household register (户口本)", en, "en:household register (|zh:户口本|en:)");
        row("残疾人证：您的证件", en, "zh:残疾人证：您的证件");
        row("Your code: A 7 K 2", en, "en:Your code: A 7 K 2");
    }

    void segments()
    {
        QFETCH(QString, text);
        QFETCH(SpeechLanguage, language);
        QFETCH(QString, parts);
        QCOMPARE(describe(LanguageSegments::split(text, language)), parts);
    }

    void otherLanguageIsReadByItsVoice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpeechLanguage>("language");
        QTest::addColumn<QString>("expected"); // the other voice's phonemes
        QTest::addColumn<QString>("wrong");    // what one voice said for the whole text
        QTest::newRow("English key") << QStringLiteral("请按English键") << zh << QStringLiteral("'INglIS") << QStringLiteral("@Nl'is");
        QTest::newRow("中文 in English") << QStringLiteral("Choose 中文") << en << QStringLiteral("ts.'ong55_| w'u@35n") << QStringLiteral("tS'aIni:z");
        QTest::newRow("户口本 in English") << QStringLiteral("Bring your household register (户口本).") << en
                                        << QStringLiteral("X'u51_| kh'ou214_| p'@214n") << QStringLiteral("tS'aIni:z");
    }

    void otherLanguageIsReadByItsVoice()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise");
        QFETCH(QString, text);
        QFETCH(SpeechLanguage, language);
        QFETCH(QString, expected);
        QFETCH(QString, wrong);
        const QString said = phonemesOf(text, language);
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY2(!said.contains(wrong), qPrintable(said));
        // The test can fail: one voice for the whole text says what was wrong.
        const QString oneVoice = EspeakSynthesizer::phonemes(speech::SpeechNormaliser::normalise(text, language), language);
        QVERIFY2(oneVoice.contains(wrong), qPrintable(oneVoice));
    }

    void oneUtteranceWithoutALongerPauseThanAComma_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("withComma"); // the same words with a comma where the voice changes
        QTest::newRow("English key") << QStringLiteral("请按English键切换语言") << QStringLiteral("zh")
                                     << QStringLiteral("请按，键切换语言");
        QTest::newRow("ID") << QStringLiteral("请输入身份证ID号码") << QStringLiteral("zh")
                            << QStringLiteral("请输入身份证，号码");
        QTest::newRow("中文") << QStringLiteral("Press the key for 中文 to choose Chinese") << QStringLiteral("en")
                            << QStringLiteral("Press the key for, to choose Chinese");
    }

    void oneUtteranceWithoutALongerPauseThanAComma()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise");
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, withComma);
        const QByteArray mixed = speakThroughEngine(text, language);
        const QByteArray comma = speakThroughEngine(withComma, language);
        QVERIFY(!mixed.isEmpty() && !comma.isEmpty());
        // What one synthesis per voice, simply played one after the other, would sound like.
        QByteArray naive;
        for (const LanguageSegment &part : speech::SpeechNormaliser::segments(text, speech::languageFromCode(language)))
            naive += synthesize(part.text, part.language);
        const double gap = pcmmeasure::longestPause(mixed);
        const double commaPause = pcmmeasure::longestPause(comma);
        const double naiveGap = pcmmeasure::longestPause(naive);
        std::printf("%s: longest pause %.0f ms (a comma: %.0f ms; parts played one after another: %.0f ms); %.2f s\n",
                    QTest::currentDataTag(), gap * 1000, commaPause * 1000, naiveGap * 1000,
                    pcmmeasure::seconds(mixed));
        QVERIFY2(gap <= commaPause, qPrintable(QString::number(gap)));
        QVERIFY2(gap <= 0.25, qPrintable(QString::number(gap)));
        // Speech all through: the parts are all there.
        QVERIFY(pcmmeasure::audibleSpan(mixed) > 0.8 * pcmmeasure::audibleSpan(naive));
    }
};

QTEST_MAIN(SpeechMixedLanguageTest)
#include "tst_speechmixedlanguage.moc"
