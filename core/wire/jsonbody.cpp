// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace core::wire {

std::optional<QJsonObject> JsonBody::object(const QByteArray &body, FieldProblem *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString message;
    if (error.error != QJsonParseError::NoError)
        message = QStringLiteral("the body is not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
    else if (!doc.isObject())
        message = QStringLiteral("the body must be a JSON object");
    else
        return doc.object();
    if (problem)
        *problem = {QString(), message};
    return std::nullopt;
}

} // namespace core::wire
