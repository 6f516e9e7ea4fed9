// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/espeaksynthesizer.h"
#include "kiosk/queuecallwords.h"

#include <QTest>

using speech::EspeakSynthesizer;
using speech::SpeechLanguage;

/// @brief A called queue number as the public speaker says it: each letter and digit on its
/// own, in Mandarin and in English, checked on eSpeak NG's own phonemes (the voices the kiosk
/// speaks with), not only on the text.
class TestQueueCallWords : public QObject
{
    Q_OBJECT

    static QString phonemes(const QString &text, SpeechLanguage language)
    {
        return EspeakSynthesizer::phonemes(text, language);
    }

private slots:
    void initTestCase()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise (espeak-ng-data missing)");
    }

    void theNumberIsSpelledForEachVoice()
    {
        QCOMPARE(QueueCallWords::spokenLabel(QStringLiteral("A012"), u"zh"), QStringLiteral("A 0 1 2"));
        QCOMPARE(QueueCallWords::spokenLabel(QStringLiteral("A012"), u"en"), QStringLiteral("A, 0 1 2"));
        QCOMPARE(QueueCallWords::spokenLabel(QStringLiteral("Z100"), u"en"), QStringLiteral("Z, 1 0 0"));
    }

    void englishSaysTheLetterThenEachDigit()
    {
        const QString said = phonemes(QueueCallWords::spokenCall(QStringLiteral("A012"), 2, u"en"), SpeechLanguage::English);
        // "eI" is the letter A; "zero one two", never "twelve", and never the article "a".
        QVERIFY2(said.contains(QStringLiteral("'eI z'i@roU w'0n t'u:")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("tw'Elv")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("w'IndoU t'u:")), qPrintable(said));
        // What a plain "A012" would have been: the reason for spelling it.
        QVERIFY(phonemes(QStringLiteral("Number A012"), SpeechLanguage::English).contains(QStringLiteral("tw'Elv")));
        // Every prefix letter is read as a letter (only "A" risks the article).
        for (char letter = 'A'; letter <= 'Z'; ++letter) {
            const QString label = QString(QChar(letter)) + QStringLiteral("007");
            const QString s = phonemes(QueueCallWords::spokenCall(label, 3, u"en"), SpeechLanguage::English);
            QVERIFY2(!s.contains(QStringLiteral("a# z'i@roU")), qPrintable(label + QStringLiteral(": ") + s));
            QVERIFY2(s.contains(QStringLiteral("z'i@roU z'i@roU s'Ev@n")), qPrintable(label + QStringLiteral(": ") + s));
        }
    }

    void mandarinSaysEachDigitWithLingForZero()
    {
        // 请 A 零 一 二 号到 二 号窗口: the letter (ei), then líng yī èr, never 零十二.
        const QString spelled = QStringLiteral("请 %1 号到 2 号窗口").arg(QueueCallWords::spokenLabel(QStringLiteral("A012"), u"zh"));
        const QString said = phonemes(spelled, SpeechLanguage::Mandarin);
        QVERIFY2(said.contains(QStringLiteral("'ei51_| l'i35N_| j'i55_| '@r51_| X'Au51_| t'Au51_| '@r51_| X'Au51_| ts.hw'A55N_| kh'ou214")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("s.i.35")), qPrintable(said)); // 十
        QVERIFY(phonemes(QStringLiteral("请 A012 号到 2 号窗口"), SpeechLanguage::Mandarin).contains(QStringLiteral("s.i.35")));
    }

    void mandarinSentenceIsTheCataloguesOne()
    {
        // The sentence comes from translations/kiosk_zh_CN.ts (context QueueCallWords).
        QCOMPARE(QueueCallWords::spokenCall(QStringLiteral("A012"), 2, u"zh"), QStringLiteral("请 A 0 1 2 号到 2 号窗口"));
        QCOMPARE(QueueCallWords::shownCall(QStringLiteral("A012"), 2, u"zh"), QStringLiteral("请 A012 号到 2 号窗口"));
        QCOMPARE(QueueCallWords::spokenCall(QStringLiteral("A012"), 2, u"en"), QStringLiteral("Number A, 0 1 2, please go to window 2."));
        QCOMPARE(QueueCallWords::shownCall(QStringLiteral("A012"), 2, u"en"), QStringLiteral("Number A012, please go to window 2."));
    }

    void aPlaceSetIntoMandarinGetsItsSpaceBeforeTheNumber()
    {
        // The catalogue's "请在%1旁边等候。" with the place as the data gives it, spaced or not.
        QCOMPARE(QueueCallWords::spacedBetweenScripts(QStringLiteral("请在3 号窗口旁边等候。")),
                 QStringLiteral("请在 3 号窗口旁边等候。"));
        QCOMPARE(QueueCallWords::spacedBetweenScripts(QStringLiteral("请在一楼 3号窗口旁边等候。")),
                 QStringLiteral("请在一楼 3 号窗口旁边等候。"));
        QCOMPARE(QueueCallWords::spacedBetweenScripts(QStringLiteral("请在 3 号窗口旁边等候。")),
                 QStringLiteral("请在 3 号窗口旁边等候。"));
        // Punctuation, Chinese-only places and English are left as they are.
        QCOMPARE(QueueCallWords::spacedBetweenScripts(QStringLiteral("请在就业服务室（二楼 201）旁边等候。")),
                 QStringLiteral("请在就业服务室（二楼 201）旁边等候。"));
        QCOMPARE(QueueCallWords::spacedBetweenScripts(QStringLiteral("Please wait near Window 3.")),
                 QStringLiteral("Please wait near Window 3."));
    }
};

QTEST_GUILESS_MAIN(TestQueueCallWords)
#include "tst_queuecallwords.moc"
