// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/enrollrequest.h"

#include "core/wire/jsonbody.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace core::wire {

bool EnrollRequest::isValidNonce(const QString &nonce)
{
    if (nonce.size() < minNonceLength || nonce.size() > maxNonceLength)
        return false;
    for (const QChar c : nonce) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                        || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray EnrollRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("enrollmentCode"), enrollmentCode}};
    if (!clientNonce.isEmpty())
        o.insert(QStringLiteral("clientNonce"), clientNonce);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EnrollRequest> EnrollRequest::fromJson(const QByteArray &body, FieldProblem *problem)
{
    auto fail = [&](const QString &field, const QString &message) -> std::optional<EnrollRequest> {
        if (problem)
            *problem = {field, message};
        return std::nullopt;
    };
    const auto parsed = JsonBody::object(body, problem);
    if (!parsed)
        return std::nullopt;
    const QJsonObject o = *parsed;

    const QJsonValue code = o.value(QStringLiteral("enrollmentCode"));
    if (!code.isString() || code.toString().trimmed().isEmpty())
        return fail(QStringLiteral("enrollmentCode"), QStringLiteral("must be a non-empty string"));
    if (code.toString().size() > maxCodeLength)
        return fail(QStringLiteral("enrollmentCode"),
                    QStringLiteral("is longer than %1 characters").arg(maxCodeLength));

    EnrollRequest request;
    request.enrollmentCode = code.toString();
    const QJsonValue nonce = o.value(QStringLiteral("clientNonce"));
    if (!nonce.isUndefined() && !nonce.isNull()) {
        if (!nonce.isString() || !isValidNonce(nonce.toString()))
            return fail(QStringLiteral("clientNonce"),
                        QStringLiteral("must be %1 to %2 characters of letters A-Z and a-z, digits, '_' and '-'")
                            .arg(minNonceLength).arg(maxNonceLength));
        request.clientNonce = nonce.toString();
    }
    return request;
}

} // namespace core::wire
