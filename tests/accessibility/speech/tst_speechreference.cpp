// SPDX-License-Identifier: GPL-3.0-or-later
// The proof that a visitor hears the right Mandarin: every sentence a visitor can hear (the
// catalogue outside staff pages and the announcer's phrases, placeholders filled with typical
// values) goes through the engine's normaliser and lexicon into real eSpeak NG, and each
// syllable eSpeak says is compared with an independent reading of the same words, pinyin-pro
// (npm, phrase-level polyphones), syllable and tone. A reference syllable is compared as the
// voice says it: eSpeak's phonemes for that pinyin ("zhong1" -> ts.'ong55).
//
// Two kinds of tone difference are listed but allowed: tone sandhi, only the tone the rule
// predicts (3-3 -> 2-3; 不 2 before a 4th tone; 一 2 before a 4th, 4 before a 1st to 3rd), and
// a neutral tone, only where pinyin-pro says tone 5 (eSpeak dropping a full tone is a wrong
// tone). A wrong syllable or tone fails unless reference/allowed-differences.txt explains it (where
// pinyin-pro is wrong). Latin words are not Mandarin syllables: they are listed apart.
// Skipped (exit 77) without node or the npm modules (`npm ci` in reference/).

#include "pinyinreference.h"
#include "visitorsentences.h"

#include "accessibility/speech/espeaksynthesizer.h"
#include "accessibility/speech/languagesegments.h"
#include "accessibility/speech/mandarinnormaliser.h"
#include "accessibility/speech/pronunciationlexicon.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using speech::EspeakSynthesizer;
namespace MandarinNormaliser = speech::MandarinNormaliser;
using speech::PronunciationLexicon;
using speech::SpeechLanguage;

namespace {

const QString referenceFolder = QStringLiteral(KIOSK_SPEECH_REFERENCE_DIR);

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han && c.isLetter();
}

/// eSpeak's Mandarin syllables (each ends in "_|").
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

/// A syllable without its tone, stress and the pauses eSpeak writes after it ("_:" before a
/// quotation mark).
QString base(QString syllable)
{
    static const QRegularExpression pauses(QStringLiteral("(_:?)+$"));
    static const QRegularExpression marks(QStringLiteral("[0-9',]"));
    return syllable.remove(pauses).remove(marks);
}

/// eSpeak's tone digits as a pinyin tone: 1-4, 5 for the neutral tone, 0 when unknown.
int tone(const QString &syllable)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QString t = digits.match(syllable).captured();
    if (t == u"55") return 1;
    if (t == u"35") return 2;
    if (t == u"214" || t == u"21") return 3;
    if (t == u"51" || t == u"53") return 4;
    if (t == u"11" || t == u"33") return 5;
    return 0;
}

int pinyinTone(const QString &pinyin)
{
    const int t = pinyin.isEmpty() ? 0 : pinyin.back().digitValue();
    return (t <= 0 || t > 5) ? 5 : t;
}

/// What the voice says for one pinyin syllable, as eSpeak phonemes (cached).
QString voiced(const QString &pinyin)
{
    static QHash<QString, QString> cache;
    const auto it = cache.constFind(pinyin);
    if (it != cache.cend())
        return *it;
    QString spelled = pinyin;
    if (spelled.endsWith(u'0'))
        spelled.back() = u'5';
    const QStringList heard = syllables(EspeakSynthesizer::phonemes(spelled, SpeechLanguage::Mandarin));
    const QString out = heard.size() == 1 ? heard.first() : QStringLiteral("?%1").arg(pinyin);
    cache.insert(pinyin, out);
    return out;
}

bool same(const QString &heard, const QString &expected)
{
    return base(heard) == base(expected) && tone(heard) == tone(expected);
}

/// reference/allowed-differences.txt: "word pinyin... # why", where the kiosk's reading is
/// right and pinyin-pro's is not.
struct Allowance
{
    QString word;
    QStringList pinyin;
    bool used = false;
};

QList<Allowance> readAllowances(QStringList *errors)
{
    QList<Allowance> out;
    QFile file(referenceFolder + QStringLiteral("/allowed-differences.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        *errors << QStringLiteral("cannot read %1").arg(file.fileName());
        return out;
    }
    int number = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        ++number;
        const QStringList parts = line.section(u'#', 0, 0).simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        const Allowance allowance{parts.first(), parts.mid(1)};
        if (allowance.pinyin.size() != allowance.word.size())
            *errors << QStringLiteral("allowed-differences.txt:%1: one syllable per character").arg(number);
        else
            out << allowance;
    }
    return out;
}

struct Difference
{
    QString kind;
    QString line;
};

} // namespace

class SpeechReferenceTest : public QObject
{
    Q_OBJECT

private slots:
    void everySentenceMatchesTheReference()
    {
        // The catalogue as it is now (read at run time: new words after lupdate are compared
        // without a rebuild); KIOSK_ZH_CATALOGUE_FILE names another one.
        const QString catalogue = qEnvironmentVariableIsSet("KIOSK_ZH_CATALOGUE_FILE")
                ? qEnvironmentVariable("KIOSK_ZH_CATALOGUE_FILE")
                : QStringLiteral(KIOSK_ZH_CATALOGUE);
        QStringList untranslated;
        const QList<visitorsentences::Sentence> sentences = visitorsentences::collect(catalogue, &untranslated);
        QVERIFY2(sentences.size() > 500, qPrintable(QStringLiteral("the catalogue was not read: ") + catalogue));
        for (const QString &message : std::as_const(untranslated))
            std::printf("untranslated (shown and spoken in English until translated): %s\n", qPrintable(message));
        // KIOSK_SPEECH_REFERENCE_LIST=1: every sentence as spoken, to check the placeholders.
        if (qEnvironmentVariableIsSet("KIOSK_SPEECH_REFERENCE_LIST"))
            for (const auto &sentence : sentences)
                std::printf("sentence: %s | %s\n", qPrintable(sentence.text), qPrintable(sentence.where));
        // As the engine speaks them (SpeechNormaliser::segments): the sentence cut where the
        // language changes; each Mandarin part through the rules, then the lexicon. English
        // parts go to the English voice and are listed, not compared.
        QStringList rules;
        QList<qsizetype> sentenceOf;
        QStringList englishParts;
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            for (const speech::LanguageSegment &part : speech::LanguageSegments::split(sentences[i].text, SpeechLanguage::Mandarin)) {
                if (part.language == SpeechLanguage::English) {
                    englishParts << QStringLiteral("%1 | %2").arg(part.text, sentences[i].text);
                    continue;
                }
                rules << MandarinNormaliser::normalise(part.text);
                sentenceOf << i;
            }
        }
        QString error;
        const auto reference = PinyinReference(referenceFolder).read(rules, &error);
        QVERIFY2(!reference.isEmpty(), qPrintable(error));

        QStringList formatErrors;
        QList<Allowance> allowances = readAllowances(&formatErrors);
        QVERIFY2(formatErrors.isEmpty(), qPrintable(formatErrors.join(u'\n')));

        const PronunciationLexicon &lexicon = PronunciationLexicon::standard();
        static const QRegularExpression latin(QStringLiteral("[A-Za-z0-9]+(?:[ .'-][A-Za-z0-9]+)*"));
        QList<Difference> differences;
        QStringList latinRuns;
        int compared = 0;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString &text = rules[i];
            const auto &ref = reference[i];
            const QString where = sentences[sentenceOf[i]].where.left(70);
            // The reference's characters are the text's, in order.
            QList<qsizetype> hanAt;
            for (qsizetype k = 0; k < text.size(); ++k)
                if (isHan(text[k]))
                    hanAt << k;
            bool aligned = hanAt.size() == ref.size();
            for (qsizetype h = 0; aligned && h < hanAt.size(); ++h)
                aligned = text[hanAt[h]] == ref[h].character;
            if (!aligned) {
                differences.append({QStringLiteral("reference"),
                                    QStringLiteral("%1 | %2: pinyin-pro read other characters").arg(where, text)});
                continue;
            }
            // Pieces between Latin runs, each spoken as the engine speaks it (lexicon, eSpeak).
            QList<QPair<qsizetype, qsizetype>> pieces; // [start, end)
            qsizetype start = 0;
            auto it = latin.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                pieces.append({start, match.capturedStart()});
                latinRuns << QStringLiteral("%1 | %2").arg(match.captured(), text);
                start = match.capturedEnd();
            }
            pieces.append({start, text.size()});
            qsizetype h = 0; // index into hanAt / ref
            for (const auto &[from, to] : pieces) {
                const qsizetype firstHan = h;
                while (h < hanAt.size() && hanAt[h] < to)
                    ++h;
                if (h == firstHan)
                    continue;
                const QString piece = text.mid(from, to - from);
                const QStringList heard = syllables(EspeakSynthesizer::phonemes(lexicon.apply(piece), SpeechLanguage::Mandarin));
                if (heard.size() != h - firstHan) {
                    differences.append({QStringLiteral("count"),
                                        QStringLiteral("%1 | %2: %3 characters, eSpeak %4 syllables: %5")
                                                .arg(where, piece).arg(h - firstHan).arg(heard.size()).arg(heard.join(u' '))});
                    continue;
                }
                for (qsizetype j = firstHan; j < h; ++j) {
                    ++compared;
                    const QString &e = heard[j - firstHan];
                    const QString expected = voiced(ref[j].pinyin);
                    if (same(e, expected))
                        continue;
                    const qsizetype at = hanAt[j];
                    const QChar c = text[at];
                    const QString around = text.mid(std::max<qsizetype>(0, at - 3), 7);
                    const QString line = QStringLiteral("%1 in %2 | pinyin-pro %3 (%4), eSpeak %5 | %6 | %7")
                                                 .arg(c).arg(around, ref[j].pinyin, expected, e, text, where);
                    // Where the kiosk's reading is explained (pinyin-pro wrong).
                    bool allowed = false;
                    for (Allowance &allowance : allowances) {
                        for (qsizetype off = 0; !allowed && off < allowance.word.size(); ++off) {
                            if (allowance.word[off] != c || text.mid(at - off, allowance.word.size()) != allowance.word)
                                continue;
                            allowed = same(e, voiced(allowance.pinyin[off]));
                        }
                        if (allowed) {
                            allowance.used = true;
                            break;
                        }
                    }
                    const int rt = pinyinTone(ref[j].pinyin);
                    const int et = tone(e);
                    const bool sameSyllable = base(e) == base(expected);
                    const int nextTone = j + 1 < h ? pinyinTone(ref[j + 1].pinyin) : 0;
                    const bool nextIsThird = nextTone == 3;
                    // 一 and 不 change tone by the next syllable's: 2 before a 4th tone; 一 4
                    // before a 1st, 2nd or 3rd. Only the tone the rule predicts counts as sandhi.
                    int sandhiTone = 0;
                    if (c == u'一' || c == u'不') {
                        if (nextTone == 4)
                            sandhiTone = 2;
                        else if (c == u'一' && nextTone >= 1 && nextTone <= 3)
                            sandhiTone = 4;
                    }
                    QString kind;
                    if (allowed)
                        kind = QStringLiteral("allowed");
                    else if (!sameSyllable)
                        kind = QStringLiteral("syllable");
                    else if (rt == 5)
                        kind = QStringLiteral("neutral tone"); // eSpeak's full tone where pinyin-pro's is light
                    else if ((sandhiTone != 0 && et == sandhiTone) || (rt == 3 && et == 2 && nextIsThird))
                        kind = QStringLiteral("tone sandhi");
                    else
                        kind = QStringLiteral("tone");
                    differences.append({kind, line});
                }
            }
        }

        // Every difference, by kind.
        QHash<QString, int> counts;
        QStringList failures;
        static const QStringList failing{QStringLiteral("syllable"), QStringLiteral("tone"),
                                         QStringLiteral("count"), QStringLiteral("reference")};
        for (const QString &kind : {QStringLiteral("syllable"), QStringLiteral("tone"), QStringLiteral("count"),
                                    QStringLiteral("reference"), QStringLiteral("allowed"),
                                    QStringLiteral("tone sandhi"), QStringLiteral("neutral tone")}) {
            for (const Difference &d : std::as_const(differences)) {
                if (d.kind != kind)
                    continue;
                ++counts[kind];
                std::printf("%s: %s\n", qPrintable(kind), qPrintable(d.line));
                if (failing.contains(kind))
                    failures << kind + QStringLiteral(": ") + d.line;
            }
        }
        for (const QString &part : std::as_const(englishParts))
            std::printf("english (the English voice reads it): %s\n", qPrintable(part));
        for (const QString &run : std::as_const(latinRuns))
            std::printf("latin in Mandarin (a letter or code, not a Mandarin syllable): %s\n", qPrintable(run));
        for (const Allowance &allowance : std::as_const(allowances))
            if (!allowance.used)
                std::printf("allowance not needed now: %s\n", qPrintable(allowance.word));
        std::printf("%lld sentences, %d syllables compared with pinyin-pro: %d wrong syllables, %d wrong tones, "
                    "%d count mismatches, %d allowed (pinyin-pro wrong), %d tone sandhi, %d neutral tones; "
                    "%lld English parts, %lld letters or codes, %lld untranslated\n",
                    static_cast<long long>(sentences.size()), compared, counts.value(QStringLiteral("syllable")),
                    counts.value(QStringLiteral("tone")), counts.value(QStringLiteral("count")),
                    counts.value(QStringLiteral("allowed")), counts.value(QStringLiteral("tone sandhi")),
                    counts.value(QStringLiteral("neutral tone")), static_cast<long long>(englishParts.size()),
                    static_cast<long long>(latinRuns.size()), static_cast<long long>(untranslated.size()));
        std::fflush(stdout);
        QVERIFY(compared > 5000);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 differences:\n").arg(failures.size())
                                                + failures.join(u'\n')));
    }
};

/// Cannot compare here: skipped (77), a failure in CI.
int cannotRun(const QString &why)
{
    const bool ci = qEnvironmentVariable("CI") == u"true";
    std::printf("%s: %s\n", ci ? "FAIL (CI=true)" : "QSKIP", qPrintable(why));
    return ci ? 1 : 77;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!EspeakSynthesizer::isAvailable())
        return cannotRun(QStringLiteral("libespeak-ng did not initialise (espeak-ng-data missing)"));
    const QString why = PinyinReference(referenceFolder).unavailableReason();
    if (!why.isEmpty())
        return cannotRun(why);
    SpeechReferenceTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_speechreference.moc"
