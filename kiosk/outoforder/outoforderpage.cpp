// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/outoforder/outoforderpage.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace {

// Fixed words (no catalogue): Mandarin first, as on every kiosk page.
const QString kMandarinWhole = QStringLiteral("暂停服务 — 请找工作人员");
const QStringList kMandarinSplit = {QStringLiteral("暂停服务"), QStringLiteral("请找工作人员")};
const QString kEnglishWhole = QStringLiteral("Out of order — please ask staff");
const QStringList kEnglishSplit = {QStringLiteral("Out of order"), QStringLiteral("Please ask staff")};

/// English is set a little smaller than Mandarin: Latin letters read well smaller than hanzi.
constexpr double kEnglishScale = 0.72;
constexpr double kLineSpacing = 1.1;

QFont fontOfSize(int pixels, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    return font;
}

struct Block
{
    QStringList mandarin;
    QStringList english;
};

/// The lines of `block` with Mandarin at `pixels`, stacked from the top at y = 0.
QList<OutOfOrderPage::Line> stack(const Block &block, int pixels, int smallPixels, const QString &timeText)
{
    QList<OutOfOrderPage::Line> lines;
    int y = 0;
    const auto add = [&](const QString &text, const QFont &font, bool small) {
        const QFontMetrics metrics(font);
        lines.append({text, font, QRect(0, y, metrics.horizontalAdvance(text), metrics.height()), small});
        y += int(metrics.height() * kLineSpacing);
    };
    for (const QString &text : block.mandarin)
        add(text, fontOfSize(pixels, true), false);
    y += pixels / 3; // a breath between the languages
    for (const QString &text : block.english)
        add(text, fontOfSize(int(pixels * kEnglishScale), true), false);
    y += pixels / 2;
    add(timeText, fontOfSize(smallPixels, false), true);
    return lines;
}

QRect boundsOf(const QList<OutOfOrderPage::Line> &lines)
{
    QRect bounds;
    for (const auto &line : lines)
        bounds = bounds.united(line.rect);
    return bounds;
}

} // namespace

OutOfOrderPage::OutOfOrderPage(QDateTime startedAt)
    : m_startedAt(std::move(startedAt))
{
}

QList<OutOfOrderPage::Line> OutOfOrderPage::layout(QSize size) const
{
    const int shorter = std::min(size.width(), size.height());
    const int margin = std::max(8, shorter / 16);
    const QRect area(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
    const int smallPixels = std::max(12, shorter / 36);
    const QString since = m_startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString timeText = QStringLiteral("自 %1 起 · since %1").arg(since);

    // The largest Mandarin size for which every line fits the area (binary search), for the
    // one-line and the two-line arrangement; the larger text wins.
    QList<Line> best;
    int bestPixels = 0;
    for (const Block &block : {Block{{kMandarinWhole}, {kEnglishWhole}}, Block{kMandarinSplit, kEnglishSplit}}) {
        int low = 8;
        int high = area.height();
        QList<Line> fitted = stack(block, low, smallPixels, timeText);
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            const QList<Line> lines = stack(block, middle, smallPixels, timeText);
            const QRect bounds = boundsOf(lines);
            if (bounds.width() <= area.width() && bounds.height() <= area.height()) {
                low = middle;
                fitted = lines;
            } else {
                high = middle - 1;
            }
        }
        if (low > bestPixels) {
            bestPixels = low;
            best = fitted;
        }
    }
    // Centre the block, each line centred on its own.
    const QRect bounds = boundsOf(best);
    const int top = area.top() + (area.height() - bounds.height()) / 2;
    for (Line &line : best)
        line.rect.moveTo(area.left() + (area.width() - line.rect.width()) / 2, top + line.rect.top());
    return best;
}

void OutOfOrderPage::paint(QPainter &painter, QSize size) const
{
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::black);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Line &line : layout(size)) {
        painter.setFont(line.font);
        // White for the message; light grey (about 12:1 on black) for the time.
        painter.setPen(line.small ? QColor(0xc8, 0xc8, 0xc8) : QColor(Qt::white));
        painter.drawText(line.rect, Qt::AlignCenter | Qt::TextSingleLine, line.text);
    }
}

QImage OutOfOrderPage::render(QSize size) const
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paint(painter, size);
    painter.end();
    return image;
}
