// SPDX-License-Identifier: GPL-3.0-or-later
// Real page texts (every message of the Mandarin and English catalogues) laid out by
// QTextLayout in the kiosk's fonts at narrow widths, as Text { wrapMode: Text.Wrap } does.
// The check is independent of LineBreaking: ICU's dictionary says where Mandarin words end, a
// pattern says where numbers and hyphenated words are. No line may start or end inside one,
// and no wrapped text may end with a line of one character (unless a piece wider than the
// line had to be cut). Placeholders are filled with phone and ID numbers, dates and times,
// as the pages fill them. The same check over the plain
// texts must find such lines (the screens as they were), so it can fail. The joiners must
// also be invisible: a line drawn with them is pixel for pixel the line drawn without.

#include "accessibility/linebreaking.h"
#include "tests/accessibility/words/breakopportunities.h"
#include "tests/accessibility/words/cataloguemessages.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>

namespace {

constexpr int kPixelSize = 40;
// Line widths in characters of the font's size: a home tile's subtitle at 200% in portrait
// holds about ten; a wide screen's sentence about twenty.
constexpr int kWidthsInEms[] = {7, 9, 11, 14, 18};

QFont kioskFont()
{
    // As the kiosk: the default sans (DejaVu Sans) with Noto Sans CJK SC for the ideographs.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(kPixelSize);
    return font;
}

/// The visible text of each line, for `shown` laid out `width` pixels wide.
QList<QString> laidOut(const QString &shown, const QFont &font, qreal width)
{
    QTextLayout layout(shown, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QString> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(words::visible(shown.mid(line.textStart(), line.textLength())));
    }
    layout.endLayout();
    return lines;
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

std::set<qsizetype> icuWordBoundaries(const QString &text)
{
    std::set<qsizetype> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status))
        return out;
    const icu::UnicodeString s(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    words->setText(s);
    for (int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next())
        out.insert(at);
    return out;
}

/// What is wrong with the lines of `text` ("" when nothing): a line ending inside a Mandarin
/// word, a number or a hyphenated word that would have fitted on one line, or a last line
/// of one character.
QString problemWith(const QString &shown, const QList<std::pair<qsizetype, qsizetype>> &values,
                    const QList<QString> &lines, const QFontMetricsF &metrics, qreal width)
{
    const QString text = words::visible(shown);
    // A piece wider than the line is cut wherever it must (Text.Wrap): nothing better exists.
    const QList<qsizetype> opportunities = words::breakOpportunities(shown);
    bool forced = false;
    // Whole: each value filled in, and each number or hyphenated word of the message itself.
    QList<std::pair<qsizetype, qsizetype>> wholes = values;
    static const QRegularExpression whole(QStringLiteral(
            "[0-9*]+(?:[-/:.,~ ][0-9*]+)+X?|[0-9]+(?:[年月日号][0-9]+)+[年月日号]?|\\p{L}+(?:-\\p{L}+)+"));
    for (auto m = whole.globalMatch(text); m.hasNext();) {
        const auto match = m.next();
        const auto inside = [&](const std::pair<qsizetype, qsizetype> &v) {
            return match.capturedStart() < v.second && v.first < match.capturedEnd();
        };
        if (std::none_of(values.begin(), values.end(), inside))
            wholes.append({match.capturedStart(), match.capturedEnd()});
    }
    const std::set<qsizetype> boundaries = icuWordBoundaries(text);
    qsizetype at = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        at += lines[i].size();
        const QChar before = text[at - 1];
        const QChar after = text[at];
        if (!opportunities.contains(at)) {
            forced = true; // a piece wider than the line: cut where it must be
            continue;
        }
        if (isHan(before) && isHan(after) && !boundaries.count(at)) {
            // A word longer than the line cannot help breaking.
            qsizetype start = at, end = at;
            while (start > 0 && !boundaries.count(start))
                --start;
            while (end < text.size() && !boundaries.count(end))
                ++end;
            if (metrics.horizontalAdvance(text.mid(start, end - start)) <= width)
                return QStringLiteral("word split: ") + lines.join(u'/');
        }
        for (const auto &[start, end] : std::as_const(wholes)) {
            const QString piece = text.mid(start, end - start);
            if (start < at && at < end && metrics.horizontalAdvance(piece) <= width)
                return QStringLiteral("split \"%1\": ").arg(piece) + lines.join(u'/') + QStringLiteral(" in ") + text;
        }
    }
    if (lines.size() >= 2 && !forced) {
        QString last = lines.last();
        // A placeholder is a whole value (a phone number, a name) once filled in.
        last.remove(QRegularExpression(QStringLiteral("%L?[0-9]+|%n|[\\p{P}\\s]")));
        if (last.size() == 1 && !lines.last().contains(u'%'))
            return QStringLiteral("one character on the last line: ") + lines.join(u'/');
    }
    return {};
}

struct Filled
{
    QString shown;
    QList<std::pair<qsizetype, qsizetype>> values; // [start, end) of each value in the visible text
};

/// The placeholders filled as the pages fill them: with the formatters' numbers, dates, phone
/// and ID numbers (kept whole there by LineBreaking::keepNumbersWhole).
Filled filled(const QString &text, bool keepTogether)
{
    static const QStringList values = {
        QStringLiteral("138 0013 8000"), QStringLiteral("2026-03-25"), QStringLiteral("120101 ******** 1234"),
        QStringLiteral("10:30"), QStringLiteral("12月25日"), QStringLiteral("2026年3月25日"),
        QStringLiteral("022-2345 6789"), QStringLiteral("A-1234")};
    static const QRegularExpression placeholder(QStringLiteral("%L?([0-9])|%n"));
    Filled out;
    qsizetype from = 0;
    for (auto m = placeholder.globalMatch(text); m.hasNext();) {
        const auto match = m.next();
        const QString value = values[match.captured(1).toInt() % values.size()];
        out.shown += text.mid(from, match.capturedStart() - from);
        const qsizetype start = words::visible(out.shown).size();
        out.shown += keepTogether ? LineBreaking::keepNumbersWhole(value) : value;
        out.values.append({start, start + value.size()});
        from = match.capturedEnd();
    }
    out.shown += text.mid(from);
    return out;
}

struct Findings
{
    int laidOut = 0;
    QStringList problems;
};

Findings layOutEverything(bool keepTogether)
{
    Findings out;
    const QFont font = kioskFont();
    const QFontMetricsF metrics(font);
    QList<QString> texts;
    for (const auto &message : words::readCatalogue(QStringLiteral(KIOSK_CATALOGUE_ZH)))
        if (!message.translation.isEmpty())
            texts.append(message.translation);
    for (const auto &message : words::readCatalogue(QStringLiteral(KIOSK_CATALOGUE_EN)))
        texts.append(message.translation.isEmpty() ? message.source : message.translation);
    for (const QString &text : std::as_const(texts)) {
        const Filled page = filled(keepTogether ? LineBreaking::keepTogether(text) : text, keepTogether);
        const QString &shown = page.shown;
        for (int ems : kWidthsInEms) {
            const qreal width = ems * kPixelSize;
            const QList<QString> lines = laidOut(shown, font, width);
            ++out.laidOut;
            const QString problem = problemWith(shown, page.values, lines, metrics, width);
            if (!problem.isEmpty())
                out.problems.append(QStringLiteral("%1 em: %2").arg(ems).arg(problem));
        }
    }
    return out;
}

QImage drawn(const QString &text, const QFont &font)
{
    QImage image(1400, 2 * kPixelSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(4, 1.4 * kPixelSize), text);
    return image;
}

} // namespace

class LineBreakLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QStringList families = QFontDatabase::families();
        if (!families.contains(QStringLiteral("DejaVu Sans")) || !families.contains(QStringLiteral("Noto Sans CJK SC")))
            QSKIP("needs the kiosk's fonts (fonts-dejavu-core, fonts-noto-cjk)");
        if (words::readCatalogue(QStringLiteral(KIOSK_CATALOGUE_ZH)).size() < 100)
            QSKIP("the Mandarin catalogue is missing");
    }

    // The screens as they were: the check sees split words (确/认 in the home instruction).
    void plainTextsBreakInsideWords()
    {
        const QString home = QStringLiteral("请触摸图片，或用键盘的方向键和圆形确认键选择。");
        const QFont font = kioskFont();
        const QString problem = problemWith(home, {}, laidOut(home, font, 16 * kPixelSize), QFontMetricsF(font), 16 * kPixelSize);
        QVERIFY2(problem.startsWith(u"word split"), qPrintable(problem));
        const Findings plain = layOutEverything(false);
        qInfo("plain texts: %lld problems in %d layouts", qlonglong(plain.problems.size()), plain.laidOut);
        QVERIFY(plain.problems.size() > 50);
    }

    void keptTextsBreakOnlyBetweenWords()
    {
        const Findings kept = layOutEverything(true);
        qInfo("kept texts: %lld problems in %d layouts", qlonglong(kept.problems.size()), kept.laidOut);
        QVERIFY(kept.laidOut > 4000);
        QVERIFY2(kept.problems.isEmpty(), qPrintable(kept.problems.mid(0, 20).join(u'\n')));
    }

    // The joiners draw nothing (no boxes) and take no room: the line is the same width and the
    // same pixels with them as without. The narrow no-break space between number groups is in
    // both fonts (no box) and narrower than a space.
    void joinersAreInvisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("home") << QStringLiteral("请触摸图片，或用键盘的方向键和圆形确认键选择。");
        QTest::newRow("tile") << QStringLiteral("办到哪一步、下一步做什么、要带什么");
        QTest::newRow("quotes") << QStringLiteral("没问题请点“提交”，要改请点“修改”去选。");
        QTest::newRow("numbers") << QStringLiteral("身份证 120101 19900325 1234，电话 138 0013 8000，2026-03-25 10:30");
        QTest::newRow("english") << QStringLiteral("Please check-in at the desk on 25 March 2026");
    }

    void joinersAreInvisible()
    {
        QFETCH(QString, text);
        const QString shown = LineBreaking::keepTogether(text);
        QVERIFY(shown != text);
        // The same text with only the narrow no-break spaces, which do take room.
        QString spaced = shown;
        spaced.remove(QChar(LineBreaking::kWordJoiner)).remove(QChar(LineBreaking::kZeroWidthSpace));
        for (bool bold : {false, true}) {
            QFont font = kioskFont();
            font.setBold(bold);
            const QFontMetricsF metrics(font);
            QVERIFY(metrics.inFont(QChar(LineBreaking::kNoBreakSpace)));
            QVERIFY(metrics.horizontalAdvance(QChar(LineBreaking::kNoBreakSpace)) > 0);
            QVERIFY(metrics.horizontalAdvance(QChar(LineBreaking::kNoBreakSpace)) <= metrics.horizontalAdvance(u' '));
            const QString text = spaced;
            QCOMPARE(metrics.horizontalAdvance(shown), metrics.horizontalAdvance(text));
            QTextLayout layout(shown, font);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(100000);
            layout.endLayout();
            QVERIFY(qAbs(line.naturalTextWidth() - metrics.horizontalAdvance(text)) < 1.0);
            QCOMPARE(drawn(shown, font), drawn(text, font));
        }
    }
};

QTEST_MAIN(LineBreakLayoutTest)
#include "tst_linebreaklayout.moc"
