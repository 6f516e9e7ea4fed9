// SPDX-License-Identifier: GPL-3.0-or-later
// What eSpeak NG actually says for normalised prompts: the phonemes of the engine's voices
// (the same transcription as `kiosk-speech --phonemes`) for numbers, dates, times, codes and
// the polyphones of the pronunciation lexicon, syllable and tone. Tone sandhi (九点 35 21) is
// eSpeak's and is not judged here.

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/pronunciationlexicon.h"
#include "accessibility/speech/speechnormaliser.h"

#include <QRegularExpression>
#include <QTest>

using speech::EspeakSynthesizer;
using speech::PronunciationLexicon;
using speech::SpeechLanguage;
using speech::SpeechNormaliser;

Q_DECLARE_METATYPE(speech::SpeechLanguage)

namespace {

QString said(const QString &text, SpeechLanguage language)
{
    return EspeakSynthesizer::phonemes(SpeechNormaliser::normalise(text, language), language);
}

/// eSpeak's Mandarin syllables: each ends in "_|"; its tone is the digits inside (55, 35,
/// 214 or 21, 51, 11 for the neutral tone).
QStringList syllables(const QString &phonemes)
{
    QStringList out;
    for (const QString &part : phonemes.split(QStringLiteral("_|"), Qt::SkipEmptyParts)) {
        const QString s = part.trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QString toneOf(const QString &syllable)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return digits.match(syllable).captured();
}

/// The tones eSpeak may write for a pinyin tone (a third tone is 214, 21 before another
/// syllable, or 35 by third-tone sandhi; a neutral tone 11 or 33).
bool toneFits(const QString &espeakTone, QChar pinyinTone)
{
    switch (pinyinTone.unicode()) {
    case u'1': return espeakTone == u"55";
    case u'2': return espeakTone == u"35";
    case u'3': return espeakTone == u"214" || espeakTone == u"21" || espeakTone == u"35";
    case u'4': return espeakTone == u"51" || espeakTone == u"53";
    case u'5': return espeakTone == u"11" || espeakTone == u"33";
    }
    return false;
}

} // namespace

class SpeechPronunciationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!EspeakSynthesizer::isAvailable())
            QSKIP("libespeak-ng did not initialise (espeak-ng-data missing)");
    }

    void prompts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SpeechLanguage>("language");
        QTest::addColumn<QString>("expected"); // a run of eSpeak phonemes that must be there
        QTest::addColumn<QString>("wrong");    // what eSpeak says unnormalised (must be gone)
        // Rows eSpeak already reads right as written are kept so that no rule or lexicon word
        // breaks them (their "wrong" is what a wrong rule would say).
        QTest::addColumn<bool>("alreadyRight");
        static const QStringList alreadyRightRows{QStringLiteral("number two"), QStringLiteral("长期"),
                                                  QStringLiteral("为了")};
        const auto zh = SpeechLanguage::Mandarin;
        const auto en = SpeechLanguage::English;
        auto add = [&](const char *tag, const char *text, SpeechLanguage language,
                      const char *expected, const char *wrong) {
            const QString written = QString::fromUtf8(text);
            QTest::newRow(tag) << written << language << QString::fromUtf8(expected)
                               << QString::fromUtf8(wrong)
                               << alreadyRightRows.contains(QString::fromUtf8(tag));
        };
        // Numbers: 零, 万, 两 (tSh'iE55n is 千, w'a51n 万, l'i35N 零, l'iA21N 两)
        add("year 2025", "2025年", zh, "'@r51_| l'i35N_| '@r51_| w'u214_| n'iE35n", "tS;h'iE55n");
        add("101", "共101人", zh, "p'ai214_| l'i35N_| j'i55_|", "p'ai214_| j'i55_| z.'@35n");
        add("1001", "1001", zh, "tS;h'iE55n_| l'i35N_| j'i55", "tS;h'iE55n_| j'i55_|");
        add("10000", "10000", zh, "j'i55_| w'A51n", "tS;h'iE55n");
        add("110105", "110105", zh, "s.'i.35_| j'i55_| w'A51n_| l'i35N_| j'i55_| p'ai214_| l'i35N_| w'u214", "tS;h'iE55n");
        add("2000", "2000", zh, "l'iA214N_| tS;h'iE55n", "'@r51");
        add("two people", "2个人", zh, "l'iA214N_| k", "'@r51");
        add("number two", "2号窗口", zh, "'@r51_| X'Au51", "l'iA");
        // Times, decimals, percent, ranges
        add("08:46", "08:46", zh, "p'A55_| t'iE214n_| s'i[51_| s.'i.35_| l'iou51_| f'@55n", "p'A55_| s'i[51");
        add("9:00", "9:00开始", zh, "tS;'iou214_| t'iE214n_| kh'ai55", "l'i35N");
        add("11:30", "11:30", zh, "s.'i.35_| j'i55_| t'iE214n_| p'a51n", "s'a55n");
        add("range", "9:00-11:30", zh, "t'Au51_| s.'i.35_| j'i55_| t'iE214n_| p'a51n", "(en)");
        add("1.5", "1.5倍", zh, "j'i55_| t'iE214n_| w'u214_| p'ei51", "j,i55w");
        add("130%", "字号 130%", zh, "p'ai214_| f'@55n_| ts.'i.55_| j'i55_| p'ai214_| s'a55n_| s.'i.35", "(en)");
        add("money", "12.50元", zh, "s.'i.35_| '@r51_| 'y&35n_| w'u214_| tS;j'Au214", "t'iE214n");
        // Phone, ID, masked, codes
        add("mobile", "13812345678", zh, "j'Au55_| s'a55n_| p'A55_| j'Au55_| '@r51", "tS;h'iE55n");
        add("masked", "138****5678", zh, "j'Au55_| s'a55n_| p'A55_| ts.'ong55_| tS;'iE55n_| j'i214n_| tS;h'y51", "ast@r");
        add("id", "11010519900101123X", zh, "j'Au55_| j'Au55_| l'i35N_| j'Au55_| l'i35N_| w'u214", "tS;h'iE55n");
        add("code", "验证码 A7K2", zh, "'ei51_| tS;h'i55_| kh'ei51_| '@r51", "(en)");
        add("B1", "B1、B2", zh, "p'i51_| j'i55", "(en)");
        add("queue", "请 A012 号", zh, "'ei51_| l'i35N_| j'i55_| '@r51", "s.i.35");
        // Polyphones from the lexicon
        add("重新", "请重新输入", zh, "ts.h'ong35_| S;'i55n", "ts.'ong51_| S;'i55n");
        add("重复", "重复一遍", zh, "ts.h'ong35_| f'u51", "ts.'ong51");
        add("地点", "服务地点", zh, "t'i51_| t'iE214n", "t'@11_| t'iE");
        add("户籍地", "户籍地", zh, "X'u51_| tS;'i35_| t'i51", "t'@11");
        add("改为", "改为线上", zh, "k'ai214_| w'ei35", "w'ei51");
        add("应为", "应为本人", zh, "j'i55N_| w'ei35", "w'ei51");
        add("作为", "作为监护人", zh, "w'ei35", "w'ei51");
        add("切换", "切换语言", zh, "tS;h'iE55_| X'ua51n", "tS;h'iE51");
        add("选中", "已选中", zh, "S;'y&214n_| ts.'ong51", "ts.'ong55");
        add("更换", "更换照片", zh, "k'@55N_| X'ua51n", "k'@51N");
        add("免冠", "免冠照片", zh, "m'iE214n_| kw'a55n", "kw'a51n");
        add("调休", "调休", zh, "thj'Au35_| S;'iou55", "t'iAu51");
        add("长期", "长期", zh, "ts.h'A35N_| tS;h'i55", "ts.'A214N");
        add("银行", "银行卡", zh, "j'i35n_| X'a35N", "S;'i35N");
        add("处理", "处理", zh, "ts.h'u214_| l'i214", "ts.h'u51");
        add("归还", "归还证件", zh, "k'uei55_| X'ua35n", "X'ai35");
        add("为了", "为了您的安全", zh, "w'ei51_| l'@11", "w'ei35");
        add("号为", "手机号为", zh, "X'Au51_| w'ei35", "w'ei51");
        add("得到", "会得到通知", zh, "t'@35_| t'Au51", "t'@11_| t'Au51");
        add("商量", "和志愿者商量", zh, "s.'a55N_| l'iA", "l'iA51N");
        add("应答", "无人应答", zh, "j'i51N_| t'A35", "j'i55N_| t'A35");
        // English
        add("en code", "Your code: A 7 K 2", en, "'eI s'Ev@n k'eI t'u:", "a# s'Ev@n");
        add("en 8:46", "It is 8:46.", en, "'eIt f'O@tis'Iks", "z'i@roU");
        add("en 9:00", "Open from 9:00", en, "n'aIn @kl'0k", "z'i@roU");
        add("en date", "on 2025-12-01", en, "dI2s'Emb3 f'3:st", "T'aUz@nd");
        add("en queue", "Number A012, please", en, "'eI z'i@roU w'0n t'u:", "tw'Elv");
        add("en masked", "138****5678", en, "h'Id@n", "ast@r");
    }

    void prompts()
    {
        QFETCH(QString, text);
        QFETCH(SpeechLanguage, language);
        QFETCH(QString, expected);
        QFETCH(QString, wrong);
        QFETCH(bool, alreadyRight);
        const QString phonemes = said(text, language);
        const QString raw = EspeakSynthesizer::phonemes(text, language);
        QVERIFY2(phonemes.contains(expected),
                 qPrintable(QStringLiteral("%1\n  said:     %2\n  expected: %3")
                                    .arg(text, phonemes, expected)));
        QVERIFY2(!phonemes.contains(wrong), qPrintable(text + QStringLiteral(": ") + phonemes));
        // The test can fail: eSpeak given the text as written says what was wrong.
        QVERIFY2(alreadyRight == (!raw.contains(wrong) && raw.contains(expected)),
                 qPrintable(QStringLiteral("unnormalised %1 (right already: expected %3): %2").arg(text, raw).arg(alreadyRight)));
    }

    void everyLexiconWordHasItsSyllablesAndTones()
    {
        // The whole built-in lexicon, word by word: one eSpeak syllable per character, each
        // with the tone the lexicon gives it.
        PronunciationLexicon lexicon;
        QVERIFY(lexicon.addFile(QStringLiteral(":/speech/lexicon-zh.txt")));
        QFile file(QStringLiteral(":/speech/lexicon-zh.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList failures;
        int words = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString word = line.section(u'#', 0, 0).simplified().section(u' ', 0, 0);
            if (word.isEmpty())
                continue;
            ++words;
            const QStringList pinyin = lexicon.pinyin(word).split(u' ');
            const QStringList heard = syllables(said(word, SpeechLanguage::Mandarin));
            bool fits = heard.size() == pinyin.size();
            for (qsizetype i = 0; fits && i < heard.size(); ++i)
                fits = toneFits(toneOf(heard[i]), pinyin[i].back());
            if (!fits)
                failures << QStringLiteral("%1 (%2): %3").arg(word, pinyin.join(u' '), heard.join(u' '));
        }
        QVERIFY(words > 150);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(SpeechPronunciationTest)
#include "tst_speechpronunciation.moc"
