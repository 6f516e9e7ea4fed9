// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace server {

/// @brief An HTTP answer: status, JSON body, extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object)
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static ApiResponse raw(int status, QByteArray jsonBody) { return {status, std::move(jsonBody), {}}; }
    static ApiResponse error(int status, const QString &code, const QString &message, const QString &field = {})
    {
        QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            o.insert(QStringLiteral("field"), field);
        return json(status, o);
    }
};

} // namespace server
