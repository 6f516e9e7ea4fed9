// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace server::console {

/// @brief One table of the plan's figures as CSV for a spreadsheet: UTF-8 with a byte order
/// mark (so Excel reads the Mandarin names), a header row in the page's language, CRLF lines.
class FiguresCsv
{
public:
    /// `table` is one of PlanFigures::tables(), `rows` its array; `language` "zh" (else English).
    [[nodiscard]] static QByteArray write(const QString &table, const QJsonArray &rows, const QString &language);
    /// The JSON keys of the table's columns, in order.
    [[nodiscard]] static QStringList columns(const QString &table);
    /// A file name for the download: "plan-figures-by-month.csv".
    [[nodiscard]] static QString fileName(const QString &table);

private:
    /// One cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet
    /// would run as a formula (=, +, -, @ first) gets a leading apostrophe.
    [[nodiscard]] static QString cell(const QString &text, bool isText);
};

} // namespace server::console
