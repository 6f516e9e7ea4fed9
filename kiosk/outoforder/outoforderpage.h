// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QPainter;

/// @brief The out-of-order page: "暂停服务 — 请找工作人员" and "Out of order — please ask staff"
/// in white on black, as large as fits the screen in either orientation, and a small line with
/// the time the page appeared (staff read it as "how long has it been down").
///
/// The words are fixed here, in both languages at once: this page has no catalogue and no
/// language choice, because it must work when everything else of the kiosk does not.
class OutOfOrderPage
{
public:
    struct Line
    {
        QString text;
        QFont font;
        QRect rect; ///< where the line is drawn (its font's line box), inside the page
        bool small = false; ///< the time line (dimmer)
    };

    explicit OutOfOrderPage(QDateTime startedAt);

    /// The lines and where they go on a page of `size`: one line per language when that is
    /// the larger text, else each sentence over two lines; always inside a margin.
    [[nodiscard]] QList<Line> layout(QSize size) const;
    void paint(QPainter &painter, QSize size) const;
    [[nodiscard]] QImage render(QSize size) const;

    [[nodiscard]] const QDateTime &startedAt() const { return m_startedAt; }

private:
    QDateTime m_startedAt;
};
