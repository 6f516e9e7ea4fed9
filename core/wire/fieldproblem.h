// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace core::wire {

/// @brief Why a piece of JSON was refused, naming the offending field (e.g. "items[3].id").
struct FieldProblem
{
    QString field;
    QString message;

    /// The body of a 400 answer: {"error": code, "field": ..., "message": ...}.
    [[nodiscard]] QJsonObject toJson(const QString &errorCode = QStringLiteral("invalid_field")) const;
    /// Reads such a body back (for the client); empty field when absent.
    [[nodiscard]] static FieldProblem fromJson(const QJsonObject &object);
};

} // namespace core::wire
