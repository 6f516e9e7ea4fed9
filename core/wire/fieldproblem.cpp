// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/fieldproblem.h"

namespace core::wire {

QJsonObject FieldProblem::toJson(const QString &errorCode) const
{
    QJsonObject o{{QStringLiteral("error"), errorCode}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

FieldProblem FieldProblem::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("field")).toString(),
            object.value(QStringLiteral("message")).toString()};
}

} // namespace core::wire
