// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/payloadcheck.h"

#include "core/phonenumber.h"

namespace server {

QString PayloadCheck::phoneProblem(const QJsonObject &payload)
{
    const QJsonValue phone = payload.value(QStringLiteral("phone"));
    if (phone.isUndefined() || phone.isNull() || (phone.isString() && phone.toString().isEmpty()))
        return {};
    if (!phone.isString())
        return QStringLiteral("phone: must be a string");
    const QString problem = core::PhoneNumber::problem(phone.toString()).english();
    return problem.isEmpty() ? QString() : QStringLiteral("phone: %1").arg(problem);
}

} // namespace server
