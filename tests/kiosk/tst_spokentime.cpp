// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/speech/espeaksynthesizer.h"
#include "kiosk/visitordates.h"

#include <QTest>

using speech::EspeakSynthesizer;
using speech::SpeechLanguage;

/// @brief A booked time as the kiosk says it: "10点" and "9点30分" in Mandarin, "10 o'clock"
/// and "9:30" in English, never the screen's digits read one by one ("shí líng líng",
/// "ten zero zero"). Checked on the text and on eSpeak NG's phonemes of the kiosk's voices.
class TestSpokenTime : public QObject
{
    Q_OBJECT

    static QString spoken(int hour, int minute, const char16_t *language)
    {
        return VisitorDates::spokenTime(QTime(hour, minute), language);
    }

private slots:
    void mandarinSaysHourAndMinuteWithoutALeadingZero()
    {
        QCOMPARE(spoken(10, 0, u"zh"), QStringLiteral("10点"));
        QCOMPARE(spoken(9, 30, u"zh"), QStringLiteral("9点30分"));
        QCOMPARE(spoken(14, 0, u"zh"), QStringLiteral("14点"));
        QCOMPARE(spoken(9, 5, u"zh"), QStringLiteral("9点05分"));
    }

    void englishSaysOClockAndTheAfternoonInTwelve()
    {
        QCOMPARE(spoken(10, 0, u"en"), QStringLiteral("10 o'clock"));
        QCOMPARE(spoken(9, 30, u"en"), QStringLiteral("9:30"));
        QCOMPARE(spoken(9, 5, u"en"), QStringLiteral("9 oh 5"));
        QCOMPARE(spoken(12, 0, u"en"), QStringLiteral("12 noon"));
        QCOMPARE(spoken(14, 0, u"en"), QStringLiteral("2 pm"));
        QCOMPARE(spoken(14, 30, u"en"), QStringLiteral("2:30 pm"));
        QCOMPARE(VisitorDates::spokenTime(QTime(), u"en"), QString());
    }

    void theVoicesSayTheWordsNotTheDigits()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise (espeak-ng-data missing)");
        // 十 点, never 十 零 零.
        const QString ten = EspeakSynthesizer::phonemes(spoken(10, 0, u"zh"), SpeechLanguage::Mandarin);
        QVERIFY2(ten.contains(QStringLiteral("t'iE214n")) && !ten.contains(QStringLiteral("li35N")), qPrintable(ten));
        // 九 点 三十 分, never 九 三十.
        const QString half = EspeakSynthesizer::phonemes(spoken(9, 30, u"zh"), SpeechLanguage::Mandarin);
        QVERIFY2(half.contains(QStringLiteral("t'iE214n")) && half.contains(QStringLiteral("f'@55n")), qPrintable(half));
        // "ten o'clock", never "ten zero zero".
        const QString english = EspeakSynthesizer::phonemes(spoken(10, 0, u"en"), SpeechLanguage::English);
        QVERIFY2(english.contains(QStringLiteral("@kl'0k")) && !english.contains(QStringLiteral("z'i@roU")), qPrintable(english));
        // "nine oh five", never "nine zero five".
        const QString five = EspeakSynthesizer::phonemes(spoken(9, 5, u"en"), SpeechLanguage::English);
        QVERIFY2(!five.contains(QStringLiteral("z'i@roU")), qPrintable(five));
    }
};

QTEST_GUILESS_MAIN(TestSpokenTime)
#include "tst_spokentime.moc"
