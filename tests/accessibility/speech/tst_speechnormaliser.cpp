// SPDX-License-Identifier: GPL-3.0-or-later
// The speech normaliser on its own (pure text in, text out): what the voice is given for the
// numbers, dates, times, phone and ID numbers, codes, money and symbols a visitor hears, in
// Mandarin and English, and the pronunciation lexicon's format and longest-match rule.
// tst_speechpronunciation checks what eSpeak NG then says.

#include "accessibility/speech/englishnumberwords.h"
#include "accessibility/speech/mandarinnumberwords.h"
#include "accessibility/speech/pronunciationlexicon.h"
#include "accessibility/speech/speechnormaliser.h"

#include <QTemporaryFile>
#include <QTest>

using speech::PronunciationLexicon;
using speech::SpeechLanguage;
using speech::SpeechNormaliser;

namespace {

/// The rules alone: an empty lexicon, so number words are not also turned into pinyin.
QString rulesOnly(const QString &text, SpeechLanguage language)
{
    static const PronunciationLexicon none;
    return SpeechNormaliser::normalise(text, language, none);
}

void row(const char *text, const char *said)
{
    QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(said);
}

} // namespace

class SpeechNormaliserTest : public QObject
{
    Q_OBJECT

private slots:
    void mandarinCardinal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        const char *rows[][2] = {
            {"0", "零"}, {"1", "一"}, {"2", "二"}, {"3", "三"}, {"9", "九"}, {"10", "十"},
            {"11", "十一"}, {"12", "十二"}, {"19", "十九"}, {"20", "二十"}, {"21", "二十一"},
            {"22", "二十二"}, {"30", "三十"}, {"45", "四十五"}, {"99", "九十九"}, {"100", "一百"},
            {"101", "一百零一"}, {"102", "一百零二"}, {"110", "一百一十"}, {"111", "一百一十一"},
            {"120", "一百二十"}, {"200", "二百"}, {"202", "二百零二"}, {"250", "二百五十"},
            {"500", "五百"}, {"505", "五百零五"}, {"999", "九百九十九"}, {"1000", "一千"},
            {"1001", "一千零一"}, {"1010", "一千零一十"}, {"1011", "一千零一十一"},
            {"1100", "一千一百"}, {"1101", "一千一百零一"}, {"1200", "一千二百"},
            {"1234", "一千二百三十四"}, {"2000", "两千"}, {"2002", "两千零二"},
            {"2200", "两千二百"}, {"2222", "两千二百二十二"}, {"5050", "五千零五十"},
            {"9999", "九千九百九十九"}, {"10000", "一万"}, {"10001", "一万零一"},
            {"10010", "一万零一十"}, {"10100", "一万零一百"}, {"11000", "一万一千"},
            {"12000", "一万两千"}, {"20000", "两万"}, {"22000", "两万两千"},
            {"50500", "五万零五百"}, {"100000", "十万"}, {"110105", "十一万零一百零五"},
            {"120000", "十二万"}, {"300000", "三十万"}, {"1000000", "一百万"},
            {"1010000", "一百零一万"}, {"10000000", "一千万"}, {"20000000", "两千万"},
            {"100000000", "一亿"}, {"100000001", "一亿零一"}, {"100010000", "一亿零一万"},
            {"123456789", "一亿两千三百四十五万六千七百八十九"}, {"200000000", "两亿"},
            {"1000000000", "十亿"}, {"1,000", "一千"}, {"12,345", "一万两千三百四十五"},
            {"1,000,000", "一百万"}, {"007", "零零七"}, {"0", "零"},
        };
        for (const auto &r : rows)
            row(r[0], r[1]);
    }
    void mandarinCardinal()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QCOMPARE(rulesOnly(text, SpeechLanguage::Mandarin), said);
    }

    void mandarinInContext_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        const char *rows[][2] = {
            // Years and dates
            {"2025年", "二零二五年"}, {"1999年", "一九九九年"}, {"2000年", "二零零零年"},
            {"2008 年", "二零零八 年"}, {"2025年12月1日", "二零二五年十二月一日"},
            {"2025-12-01", "二零二五年十二月一日"}, {"2025/1/9", "二零二五年一月九日"},
            {"2025.03.15", "二零二五年三月十五日"}, {"2024-2025年", "二零二四到二零二五年"},
            {"12月31日", "十二月三十一日"}, {"2月", "二月"}, {"2日", "二日"},
            {"有效期至2030年6月30日", "有效期至二零三零年六月三十日"},
            {"2025-13-01", "二零二五，一三，零一"},
            // Clock times and ranges
            {"08:46", "八点四十六分"}, {"8:46", "八点四十六分"}, {"9:00", "九点"},
            {"11:30", "十一点半"}, {"12:00", "十二点"}, {"2:00", "两点"}, {"2:30", "两点半"},
            {"0:15", "零点十五分"}, {"8:05", "八点零五分"}, {"14:10", "十四点十分"},
            {"20:00", "二十点"}, {"23:59", "二十三点五十九分"}, {"10:30:15", "十点三十分十五秒"},
            {"9：00", "九点"}, {"9:00-11:30", "九点到十一点半"}, {"9:00 - 11:30", "九点到十一点半"},
            {"9:00至11:30", "九点到十一点半"}, {"14:00~17:00", "十四点到十七点"},
            {"上午9:00-11:30，下午14:00-17:00", "上午九点到十一点半，下午十四点到十七点"},
            {"2025年12月1日 9:00", "二零二五年十二月一日 九点"},
            // Phone numbers: 3-4-4, 1 as 幺
            {"13812345678", "幺三八，幺二三四，五六七八"}, {"138-1234-5678", "幺三八，幺二三四，五六七八"},
            {"138 1234 5678", "幺三八，幺二三四，五六七八"},
            {"手机：13912345678", "手机：幺三九，幺二三四，五六七八"},
            {"010-12345678", "零幺零，幺二三四，五六七八"}, {"0571-8888888", "零五七幺，八八八，八八八八"},
            {"400-123-4567", "四零零，幺二三，四五六七"}, {"热线12385", "热线幺二三八五"},
            {"请拨打110", "请拨打幺幺零"}, {"电话：12345", "电话：幺二三四五"},
            {"电话是 12385", "电话是 幺二三八五"}, {"12345人", "一万两千三百四十五人"},
            // Hidden digits: never "asterisk"
            {"138****5678", "幺三八，中间隐去，五六七八"}, {"****5678", "尾号五六七八"},
            {"138****", "幺三八，后面隐去"}, {"110105********1234", "幺幺零幺零五，中间隐去，幺二三四"},
            {"110105********123X", "幺幺零幺零五，中间隐去，幺二三 X"},
            {"手机 138****5678 已绑定", "手机 幺三八，中间隐去，五六七八 已绑定"},
            // ID numbers: 6-8-4, X as the letter
            {"110105199001011234", "幺幺零幺零五，幺九九零零幺零幺，幺二三四"},
            {"11010519900101123X", "幺幺零幺零五，幺九九零零幺零幺，幺二三 X"},
            {"11010519900101123x", "幺幺零幺零五，幺九九零零幺零幺，幺二三 X"},
            {"110105900101123", "幺幺零幺零五，九零零幺零幺，幺二三"},
            {"6222021234567890", "六二二二，零二幺二，三四五六，七八九零"},
            // Disability certificate numbers: the ID number, category and grade, replacement mark
            {"11010519900101123411", "幺幺零幺零五，幺九九零零幺零幺，幺二三四，幺幺"},
            {"11010519900101123X42B1", "幺幺零幺零五，幺九九零零幺零幺，幺二三 X，四二，B 一"},
            {"（2023版）", "（二零二三版）"}, {"2025年度", "二零二五年度"},
            {"2 颗星", "两 颗星"}, {"已选 2 句", "已选 两 句"}, {"共2页", "共两页"}, {"第2页", "第二页"},
            // Codes and queue numbers
            {"A7K2", "A，七，K，二"}, {"a7k2", "A，七，K，二"}, {"验证码：7K2M", "验证码：七，K，二，M"},
            {"X9Y8Z7", "X，九，Y，八，Z，七"}, {"B1", "B 一"}, {"B1、B2", "B 一、B 二"},
            {"2B", "二 B"}, {"A012", "A 零一二"}, {"B105", "B 一零五"}, {"请A012号", "请A 零一二号"},
            {"请 A012 号到 2 号窗口", "请 A 零一二 号到 二 号窗口"},
            {"请 A 0 1 2 号到 2 号窗口", "请 A 零 一 二 号到 二 号窗口"},
            {"5kg", "五kg"}, {"10cm", "十cm"},
            // Money
            {"12.50元", "十二元五角"}, {"12元", "十二元"}, {"2元", "两元"}, {"0.50元", "五角"},
            {"0.05元", "五分"}, {"12.05元", "十二元零五分"}, {"12.55元", "十二元五角五分"},
            {"¥12.50", "十二元五角"}, {"￥100", "一百元"}, {"100.00元", "一百元"},
            {"1000元", "一千元"}, {"2.2元", "两元两角"}, {"20元", "二十元"},
            {"补贴 300 元", "补贴 三百元"},
            // Percent and decimals
            {"130%", "百分之一百三十"}, {"2%", "百分之二"}, {"2.5%", "百分之二点五"},
            {"100%", "百分之一百"}, {"50％", "百分之五十"}, {"字号 130%", "字号 百分之一百三十"},
            {"1.5", "一点五"}, {"0.25", "零点二五"}, {"3.0", "三点零"}, {"10.05", "十点零五"},
            {"1.5倍", "一点五倍"},
            // Ranges
            {"3-5天", "三到五天"}, {"1-2个工作日", "一到两个工作日"}, {"1~2周", "一到两周"},
            {"10-20人", "十到二十人"}, {"1.5-2小时", "一点五到两小时"},
            // 两 before a measure word, 二 otherwise
            {"2个", "两个"}, {"2 个", "两 个"}, {"2位", "两位"}, {"2人", "两人"}, {"2天", "两天"},
            {"2小时", "两小时"}, {"2分钟", "两分钟"}, {"2张", "两张"}, {"2次", "两次"},
            {"2年", "两年"}, {"2号", "二号"}, {"2楼", "二楼"}, {"第2次", "第二次"},
            {"2年级", "二年级"}, {"22个", "二十二个"}, {"12个", "十二个"}, {"共2项", "共两项"},
            {"请带2张照片", "请带两张照片"},
            // 2点 is a clock time (两点), 第2点 a point in a list
            {"2点", "两点"}, {"2点半", "两点半"}, {"下午2点开始", "下午两点开始"}, {"第2点", "第二点"},
            {"12点", "十二点"},
            // Dotted versions, area codes, negative numbers
            {"版本2.10.3", "版本二点十点三"}, {"版本 1.05.2", "版本 一点零五点二"},
            {"区划代码120104", "区划代码一二零一零四"}, {"区号：120104", "区号：一二零一零四"},
            {"和平区 120101", "和平区 一二零一零一"}, {"120104人", "十二万零一百零四人"},
            {"-5", "负五"}, {"温度 -5度", "温度 负五度"}, {"-1.5", "负一点五"},
            {"3 - 5天", "三到五天"}, {"A-5", "A-五"},
            // Symbols eSpeak would say in English: "/" between words is 或, per a unit 每
            {"类别/等级变更", "类别或等级变更"}, {"是 / 否", "是或否"}, {"20元/人", "二十元每人"},
            {"1/2", "一斜杠二"}, {"1+1=2", "一加一等于二"}, {"3×4", "三乘四"}, {"±5", "正负五"},
            {"5℃", "五摄氏度"}, {"№5", "编号五"}, {"※注意", "注意"}, {"甲・乙", "甲，乙"},
            {"a@b", "a艾特b"},
            // Symbols and full-width forms
            {"按#键", "按井号键"}, {"*必填", "必填"}, {"２０２５年", "二零二五年"}, {"９：００", "九点"},
            {"１３０％", "百分之一百三十"},
            // Latin words are left to the voice (mixed-language speech is a later step)
            {"English", "English"}, {"请按OK键", "请按OK键"}, {"ID", "ID"},
            {"请输入证件号码", "请输入证件号码"}, {"", ""},
            // A whole prompt
            {"您预约了2025年12月1日9:00-11:30，请带2张照片到3号窗口。",
             "您预约了二零二五年十二月一日九点到十一点半，请带两张照片到三号窗口。"},
        };
        for (const auto &r : rows)
            row(r[0], r[1]);
    }
    void mandarinInContext()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QCOMPARE(rulesOnly(text, SpeechLanguage::Mandarin), said);
    }

    void english_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        const char *rows[][2] = {
            {"8:46", "eight forty-six"}, {"It is 8:46.", "It is eight forty-six."},
            {"9:00", "nine o'clock"}, {"8:05", "eight oh five"}, {"11:30", "eleven thirty"},
            {"12:00", "twelve o'clock"}, {"9:00 am", "nine a.m."}, {"2:30 pm", "two thirty p.m."},
            {"2:30 p.m.", "two thirty p.m."}, {"14:15", "fourteen fifteen"},
            {"9:00-11:30", "nine o'clock to eleven thirty"},
            {"9:00 to 11:30", "nine o'clock to eleven thirty"},
            {"from 9:00 - 11:30", "from nine o'clock to eleven thirty"},
            {"2025-12-01", "December first, twenty twenty-five"},
            {"December 1, 2025", "December first, twenty twenty-five"},
            {"Dec 1", "December first"}, {"on March 3rd", "on March third"},
            {"1 December 2025", "the first of December, twenty twenty-five"},
            {"31st March", "the thirty-first of March"},
            {"2000-01-02", "January second, two thousand"},
            {"2005-05-05", "May fifth, two thousand and five"},
            {"1990-07-04", "July fourth, nineteen ninety"},
            {"1905-10-10", "October tenth, nineteen oh five"},
            {"2010-06-22", "June twenty-second, twenty ten"},
            {"in 2025", "in twenty twenty-five"}, {"since 1998", "since nineteen ninety-eight"},
            {"2025 people", "2025 people"},
            {"A7K2", "A, seven, K, two"}, {"Your code: A 7 K 2", "Your code: A, seven, K, two"},
            {"Your code: A7K2.", "Your code: A, seven, K, two."}, {"code a7k2", "code A, seven, K, two"},
            {"B1", "B, one"}, {"1 2 3", "1 2 3"}, {"the 2nd floor", "the 2nd floor"},
            {"at 10am", "at 10am"}, {"5kg", "5kg"}, {"a b c", "a b c"},
            {"A012", "A, zero one two"},
            {"Number A012, please go to window 2.", "Number A, zero one two, please go to window 2."},
            {"Number A, 0 1 2, please go to window 2.", "Number A, 0 1 2, please go to window 2."},
            {"13812345678", "one three eight, one two three four, five six seven eight"},
            {"138-1234-5678", "one three eight, one two three four, five six seven eight"},
            {"138****5678", "one three eight, hidden digits, five six seven eight"},
            {"010-12345678", "zero one zero, one two three four, five six seven eight"},
            {"110105199001011234",
             "one one zero one zero five, one nine nine zero zero one zero one, one two three four"},
            {"11010519900101123X",
             "one one zero one zero five, one nine nine zero zero one zero one, one two three X"},
            {"11010519900101123X42B1",
             "one one zero one zero five, one nine nine zero zero one zero one, one two three X, four two, B, one"},
            {"¥12.50", "twelve yuan fifty"}, {"12.50 yuan", "twelve yuan fifty"},
            {"100 yuan", "one hundred yuan"}, {"¥2", "two yuan"},
            {"130%", "130%"}, {"1.5", "1.5"}, {"Welcome.", "Welcome."},
            {"Booked for 2025-12-01 9:00-11:30, window 3.",
             "Booked for December first, twenty twenty-five nine o'clock to eleven thirty, window 3."},
        };
        for (const auto &r : rows)
            row(r[0], r[1]);
    }
    void english()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QCOMPARE(rulesOnly(text, SpeechLanguage::English), said);
    }

    void englishNumberWords()
    {
        using namespace speech::EnglishNumberWords;
        QCOMPARE(cardinal(0), QStringLiteral("zero"));
        QCOMPARE(cardinal(13), QStringLiteral("thirteen"));
        QCOMPARE(cardinal(21), QStringLiteral("twenty-one"));
        QCOMPARE(cardinal(101), QStringLiteral("one hundred and one"));
        QCOMPARE(cardinal(999), QStringLiteral("nine hundred and ninety-nine"));
        QCOMPARE(cardinal(1001), QStringLiteral("one thousand and one"));
        QCOMPARE(cardinal(12345), QStringLiteral("twelve thousand three hundred and forty-five"));
        QCOMPARE(cardinal(1000000), QString());
        QCOMPARE(ordinal(2), QStringLiteral("second"));
        QCOMPARE(ordinal(12), QStringLiteral("twelfth"));
        QCOMPARE(ordinal(20), QStringLiteral("twentieth"));
        QCOMPARE(ordinal(23), QStringLiteral("twenty-third"));
        QCOMPARE(ordinal(32), QString());
        QCOMPARE(year(u"1900"), QStringLiteral("nineteen hundred"));
        QCOMPARE(year(u"2100"), QStringLiteral("twenty-one hundred"));
        // ICU's words, with the kiosk's British "and" and no pause inside a number.
        QCOMPARE(cardinal(999999), QStringLiteral("nine hundred and ninety-nine thousand nine hundred and ninety-nine"));
        QCOMPARE(cardinal(100000), QStringLiteral("one hundred thousand"));
        QCOMPARE(ordinal(31), QStringLiteral("thirty-first"));
        QCOMPARE(year(u"2025"), QStringLiteral("twenty twenty-five"));
        QCOMPARE(year(u"2000"), QStringLiteral("two thousand"));
        QCOMPARE(year(u"2005"), QStringLiteral("two thousand and five"));
        QCOMPARE(year(u"2010"), QStringLiteral("twenty ten"));
        QCOMPARE(year(u"1990"), QStringLiteral("nineteen ninety"));
        QCOMPARE(year(u"1905"), QStringLiteral("nineteen oh five"));
    }

    void mandarinNumberWordsOutOfRange()
    {
        using namespace speech::MandarinNumberWords;
        QCOMPARE(cardinal(u""), QString());
        QCOMPARE(cardinal(u"12a"), QString());
        QCOMPARE(cardinal(u"12345678901234567"), QString());
        QCOMPARE(decimal(u"", u"5"), QStringLiteral("零点五"));
        QCOMPARE(eachDigitCalled(u"110"), QStringLiteral("幺幺零"));
    }

    void lexiconLongestMatchWins()
    {
        PronunciationLexicon lexicon;
        QCOMPARE(lexicon.addEntries(QStringLiteral("地 de5\n户籍地 hu4 ji2 di4\n地点 di4 dian3\n"), QStringLiteral("test")), 3);
        QCOMPARE(lexicon.apply(QStringLiteral("户籍地地点")), QStringLiteral("hu4 ji2 di4 di4 dian3"));
        QCOMPARE(lexicon.apply(QStringLiteral("慢慢地走")), QStringLiteral("慢慢 de5 走"));
        QCOMPARE(lexicon.apply(QStringLiteral("请到户籍地办理。")), QStringLiteral("请到 hu4 ji2 di4 办理。"));
        QCOMPARE(lexicon.apply(QStringLiteral("没有")), QStringLiteral("没有"));
    }

    void lexiconFormat()
    {
        PronunciationLexicon lexicon;
        const QString text = QStringLiteral(
                "# a comment\n"
                "\n"
                "重新  chong2   xin1   # spaces and a comment after\n"
                "改为\tgai3\twei2\n"
                "选中 xuan3\n"            // one syllable for two characters: skipped
                "更换 geng huan4\n"        // no tone digit: skipped
                "免冠 mian3 guan6\n"       // no such tone: skipped
                "绿色 LÜ4 se4\n"           // capitals and ü are accepted (ü becomes v)
                "重新 chong2 xin1\n"
                "改为 gai3 wei4\n");       // a later line replaces an earlier one
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("test line 5 ")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("test line 6 ")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("test line 7 ")));
        QCOMPARE(lexicon.addEntries(text, QStringLiteral("test")), 5);
        QCOMPARE(lexicon.size(), 3);
        QCOMPARE(lexicon.pinyin(QStringLiteral("重新")), QStringLiteral("chong2 xin1"));
        QCOMPARE(lexicon.pinyin(QStringLiteral("改为")), QStringLiteral("gai3 wei4"));
        QCOMPARE(lexicon.pinyin(QStringLiteral("绿色")), QStringLiteral("lv4 se4"));
        QVERIFY(lexicon.pinyin(QStringLiteral("选中")).isEmpty());
    }

    void stationFileCorrectsTheBuiltInLexicon()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("地点 de5 dian3\n新词 xin1 ci2\n");
        file.close();
        PronunciationLexicon lexicon;
        QVERIFY(lexicon.addFile(QStringLiteral(":/speech/lexicon-zh.txt")));
        QCOMPARE(lexicon.pinyin(QStringLiteral("地点")), QStringLiteral("di4 dian3"));
        QVERIFY(lexicon.addFile(file.fileName()));
        QCOMPARE(lexicon.pinyin(QStringLiteral("地点")), QStringLiteral("de5 dian3"));
        QCOMPARE(lexicon.pinyin(QStringLiteral("新词")), QStringLiteral("xin1 ci2"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read")));
        QVERIFY(!lexicon.addFile(QStringLiteral("/nonexistent/lexicon.txt")));
    }

    void builtInLexicon_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        const char *rows[][2] = {
            {"重新", "chong2 xin1"}, {"地点", "di4 dian3"}, {"户籍地", "hu4 ji2 di4"},
            {"改为", "gai3 wei2"}, {"应为", "ying1 wei2"}, {"升为", "sheng1 wei2"},
            {"编号为", "bian1 hao4 wei2"}, {"作为", "zuo4 wei2"}, {"切换", "qie1 huan4"},
            {"选中", "xuan3 zhong4"}, {"更换", "geng1 huan4"}, {"免冠", "mian3 guan1"},
            {"协调员", "xie2 tiao2 yuan2"}, {"残联", "can2 lian2"}, {"评定", "ping2 ding4"},
            {"归还", "gui1 huan2"}, {"长期", "chang2 qi1"}, {"行动", "xing2 dong4"},
            {"银行", "yin2 hang2"}, {"调休", "tiao2 xiu1"}, {"重复", "chong2 fu4"},
            {"处理", "chu3 li3"}, {"为了", "wei4 le5"}, {"代为", "dai4 wei2"},
            {"这部分不对", "这 bu4 fen5 不对"},
            // Longest match: 编号为 over 编号, 免冠照片 over 免冠.
            {"编号", "bian1 hao4"}, {"免冠照片", "mian3 guan1 zhao4 pian4"},
            // Rules first, then the lexicon.
            {"重新预约2025年12月1日的地点", "chong2 xin1 yu4 yue1 二零二五年十二月一日的 di4 dian3"},
            {"字号 130%", "zi4 hao4 百分之一百三十"},
        };
        for (const auto &r : rows)
            row(r[0], r[1]);
    }
    void builtInLexicon()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QCOMPARE(SpeechNormaliser::normalise(text, SpeechLanguage::Mandarin), said);
    }

    // The screen's line-break controls (U+2060 between a word's characters and around a
    // number's separators, U+202F between number groups, a text's own U+00A0) are heard as
    // nothing: the words are those of the plain text, in both languages and in every part of a
    // mixed sentence.
    void lineBreakControlsAreNotHeard_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("english");
        QTest::newRow("zh words") << QStringLiteral("请按圆形确\u2060认键开\u2060始") << QStringLiteral("请按圆形确认键开始") << false;
        QTest::newRow("zh phone") << QStringLiteral("电话 138\u202F0013\u202F8000") << QStringLiteral("电话 138 0013 8000") << false;
        QTest::newRow("en hours") << QStringLiteral("2.5\u00A0hours") << QStringLiteral("2.5 hours") << true;
        QTest::newRow("zh id") << QStringLiteral("120101\u202F19900325\u202F1234") << QStringLiteral("120101 19900325 1234") << false;
        QTest::newRow("zh date") << QStringLiteral("2026\u2060-\u206003\u2060-\u206025 10\u2060:\u206030") << QStringLiteral("2026-03-25 10:30") << false;
        QTest::newRow("zh date words") << QStringLiteral("2026\u2060年\u20603\u2060月\u206025\u2060日") << QStringLiteral("2026年3月25日") << false;
        QTest::newRow("en") << QStringLiteral("Please check-\u2060in at 10\u2060:\u206030, call 138\u202F0013\u202F8000") << QStringLiteral("Please check-in at 10:30, call 138 0013 8000") << true;
        QTest::newRow("mixed") << QStringLiteral("请到 check-\u2060in 台办\u2060理") << QStringLiteral("请到 check-in 台办理") << false;
    }

    void lineBreakControlsAreNotHeard()
    {
        QFETCH(QString, shown);
        QFETCH(QString, written);
        QFETCH(bool, english);
        const SpeechLanguage language = english ? SpeechLanguage::English : SpeechLanguage::Mandarin;
        QVERIFY(shown != written);
        QCOMPARE(SpeechNormaliser::normalise(shown, language), SpeechNormaliser::normalise(written, language));
        const auto parts = SpeechNormaliser::segments(shown, language);
        const auto plainParts = SpeechNormaliser::segments(written, language);
        QCOMPARE(parts.size(), plainParts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts[i].text, plainParts[i].text);
            QVERIFY(!parts[i].text.contains(QChar(0x2060)) && !parts[i].text.contains(QChar(0x00A0)));
            QVERIFY(!parts[i].text.contains(QChar(0x202F)));
        }
        QCOMPARE(SpeechNormaliser::withoutLineBreaks(shown), written);
    }

    void englishIsNotGivenPinyin()
    {
        QCOMPARE(SpeechNormaliser::normalise(QStringLiteral("重新 at 9:00"), SpeechLanguage::English),
                 QStringLiteral("重新 at nine o'clock"));
    }
};

QTEST_GUILESS_MAIN(SpeechNormaliserTest)
#include "tst_speechnormaliser.moc"
