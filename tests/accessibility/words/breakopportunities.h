// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QFont>
#include <QTextLayout>
#include <QTextOption>

namespace words {

/// The text as the visitor reads it: without word joiners, narrow no-break spaces as spaces.
inline QString visible(const QString &shown)
{
    QString out = shown;
    out.remove(QChar(0x2060));
    out.remove(QChar(0x200B));
    out.replace(QChar(0x202F), QChar(u' '));
    return out;
}

/// Where Qt's line breaker (QTextLayout's, as Text uses it) may end a line in `shown`, as
/// positions in the visible text: "要带什么" that may break after 带 gives {2}. Laid out one
/// pixel wide with word wrapping only, every line is one piece that cannot be broken.
/// (QTextBoundaryFinder is not used: it keeps "138 0013 8000" whole where the layout breaks.)
inline QList<qsizetype> breakOpportunities(const QString &shown)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(20);
    QTextLayout layout(shown, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<qsizetype> out;
    qsizetype visiblePosition = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(1);
        const QString piece = shown.mid(line.textStart(), line.textLength());
        visiblePosition += piece.size() - piece.count(QChar(0x2060)) - piece.count(QChar(0x200B));
        if (line.textStart() + line.textLength() < shown.size())
            out.append(visiblePosition);
    }
    layout.endLayout();
    return out;
}

/// The visible text with '|' wherever a line may break: "要带|什么".
inline QString withBreaks(const QString &shown)
{
    QString out = visible(shown);
    const QList<qsizetype> at = breakOpportunities(shown);
    for (qsizetype i = at.size() - 1; i >= 0; --i)
        out.insert(at[i], u'|');
    return out;
}

} // namespace words
