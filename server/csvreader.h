// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace server {

/// @brief RFC 4180 CSV (quotes, doubled quotes, newlines in quotes), each row with its line number.
class CsvReader
{
public:
    struct Row
    {
        int line = 0; ///< where the row starts, counting from 1
        QStringList fields;
    };

    /// Parses the whole text; a leading UTF-8 BOM is skipped, blank lines are dropped.
    [[nodiscard]] static QList<Row> parse(const QString &text);
};

} // namespace server
