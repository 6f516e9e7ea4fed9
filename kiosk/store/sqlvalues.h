// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

class QSqlQuery;

namespace store {

/// @brief How values are written as SQLite text, in one place: dates "yyyy-MM-dd", station
/// times as local ISO without zone ("2025-03-07T09:00:00"), record times as UTC ISO with
/// milliseconds ("...Z"). All sort correctly as text.
class SqlValues
{
public:
    static QVariant date(QDate date);
    static QDate toDate(const QVariant &value);
    static QVariant localTime(const QDateTime &time);
    static QDateTime toLocalTime(const QVariant &value);
    static QString utc(const QDateTime &time);
    static QDateTime toUtc(const QVariant &value);
    static QString json(const QJsonObject &object);
    static QJsonObject toJson(const QVariant &value);
    /// NULL for an empty string, so optional columns stay NULL. (Database::exec binds any
    /// other null QString as '' so NOT NULL text columns accept an unset field.)
    static QVariant orNull(const QString &text);
    /// A text kept in two columns, Chinese at `zhColumn` and English right after it.
    static core::LocalizedText toText(const QSqlQuery &row, int zhColumn);
};

} // namespace store
