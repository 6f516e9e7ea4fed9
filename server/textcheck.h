// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace server {

/// @brief Whether text can be stored as it came, checked before it reaches either database.
///
/// Storable text has no U+0000 (PostgreSQL text cannot hold it, and Qt's PostgreSQL driver cuts
/// its quoted values there, which broke whole batches), is valid UTF-16 with no lone surrogate
/// (so it encodes to valid UTF-8 instead of being silently replaced with U+FFFD), and is within
/// a length limit. The same rule on SQLite and PostgreSQL, so an item gets the same answer on
/// both. Problems are plain words and never quote the text (it may be personal data).
class TextCheck
{
public:
    /// A pushed item's id, kind and createdAt; a field name inside a payload; a CSV column name.
    static constexpr qsizetype maxShortText = 64;
    /// A string value inside a pushed payload (the payload as a whole has its own byte limit).
    static constexpr qsizetype maxPayloadText = 4000;
    /// One field of an admin import's CSV row.
    static constexpr qsizetype maxImportField = 1000;

    /// Why `text` cannot be stored ("holds a NUL character (U+0000)"), empty when it can.
    /// Length counts characters (code points), so an emoji counts once.
    [[nodiscard]] static QString problem(QStringView text, qsizetype maxLength);
    /// The same as "field: problem", empty when the text can be stored.
    [[nodiscard]] static QString fieldProblem(const QString &field, QStringView text, qsizetype maxLength);
    /// The first problem of any string inside `value` (every value and every field name, at any
    /// depth) as "path.to.field: problem", e.g. "payload.notes[1].text: ...". Empty when none.
    [[nodiscard]] static QString jsonProblem(const QJsonValue &value, const QString &path,
                                             qsizetype maxStringLength = maxPayloadText,
                                             qsizetype maxKeyLength = maxShortText);
};

} // namespace server
