// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/onlinelookup.h"

#include "kiosk/store/certificatekey.h"
#include "kiosk/store/certificatestore.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/sync/changemapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosksync {

void OnlineLookup::ask(const QUrl &url, const core::wire::Credential &credential, const QString &idNumber,
                       std::function<void(Outcome)> done, int timeoutMs)
{
    // The key this kiosk files the holder's certificate under; the server's answer must match it.
    const QString expectedKey = store::CertificateKey(credential.cacheKey.toUtf8()).of(idNumber);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("idNumber"), idNumber}}).toJson(QJsonDocument::Compact);
    m_http.start("POST", url, body, credential.token,
                 [this, credential, expectedKey, done = std::move(done)](const HttpExchange::Result &reply) {
                     done(take(reply, credential, expectedKey));
                 },
                 qBound(1, timeoutMs, deadlineMs));
}

OnlineLookup::Outcome OnlineLookup::take(const HttpExchange::Result &reply, const core::wire::Credential &credential,
                                         const QString &expectedKey)
{
    // Outcomes only: the ID number and the answer's row stay out of the log.
    if (reply.status != 200) {
        qCInfo(lcSync) << "certificate lookup: no answer" << (reply.networkError ? reply.errorText : QString::number(reply.status));
        return Outcome::Unreachable;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    if (!answer.value(QStringLiteral("found")).isBool()) {
        qCWarning(lcSync) << "certificate lookup: the centre's answer cannot be read";
        return Outcome::Unreachable;
    }
    if (!answer.value(QStringLiteral("found")).toBool())
        return Outcome::NotFound;
    const QString key = answer.value(QStringLiteral("key")).toString();
    const auto record = ChangeMapper::certificate(key, answer.value(QStringLiteral("certificate")).toObject());
    if (!record || key != expectedKey) {
        qCWarning(lcSync) << "certificate lookup: the centre's row cannot be used"
                          << (record ? "(keyed for another station key)" : "(unreadable values)");
        return Outcome::Unreachable;
    }
    store::StoreContext context(m_db, credential.cacheKey.toUtf8());
    if (auto cached = store::CertificateStore(context).cacheCertificate(*record); !cached.ok()) {
        qCWarning(lcSync) << "certificate lookup: the answer could not be kept" << cached.error().detail;
        return Outcome::Unreachable;
    }
    return Outcome::Found;
}

} // namespace kiosksync
