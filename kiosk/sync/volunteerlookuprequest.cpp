// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/volunteerlookuprequest.h"

#include "kiosk/store/store.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosksync {

void VolunteerLookupRequest::ask(const QUrl &url, const core::wire::Credential &credential, const QString &idNumber,
                          std::function<void(const Answer &)> done, int timeoutMs)
{
    // The key the store files this person's registration under: the server knows it by that.
    store::StoreContext context(m_db, credential.cacheKey.toUtf8());
    const auto key = context.visitorKeyOf(idNumber);
    if (!key.ok()) {
        done(Answer{Outcome::NotRegistered, {}});
        return;
    }
    const QByteArray requestBody = QJsonDocument(body(key.value())).toJson(QJsonDocument::Compact);
    m_http.start("POST", url, requestBody, credential.token,
                 [this, credential, idNumber, done = std::move(done)](const HttpExchange::Result &reply) {
                     const Answer answer = read(reply);
                     if (answer.outcome == Outcome::Approved)
                         learn(credential, idNumber, answer.volunteerNumber);
                     done(answer);
                 },
                 qBound(1, timeoutMs, deadlineMs));
}

QJsonObject VolunteerLookupRequest::body(const QString &visitorKey)
{
    return {{QStringLiteral("visitorKey"), visitorKey}};
}

VolunteerLookupRequest::Answer VolunteerLookupRequest::read(const HttpExchange::Result &reply)
{
    // Outcomes only: the key, the given name and the number stay out of the log.
    if (reply.status != 200) {
        qCInfo(lcSync) << "volunteer lookup: no answer"
                       << (reply.networkError ? reply.errorText : QString::number(reply.status));
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    const QJsonValue registered = json.value(QStringLiteral("registered"));
    const QString status = json.value(QStringLiteral("status")).toString();
    const QString number = json.value(QStringLiteral("volunteerNumber")).toString().trimmed();
    if (registered.isBool() && !registered.toBool())
        return {Outcome::NotRegistered, {}};
    if (registered.toBool() && status == u"pending")
        return {Outcome::Pending, {}};
    if (registered.toBool() && status == u"approved" && !number.isEmpty())
        return {Outcome::Approved, number};
    qCWarning(lcSync) << "volunteer lookup: the centre's answer cannot be read";
    return {};
}

void VolunteerLookupRequest::learn(const core::wire::Credential &credential, const QString &idNumber, const QString &volunteerNumber)
{
    // The sync thread's own connection: the store's write lock orders it with the GUI thread's.
    store::Store st(m_db, credential.cacheKey.toUtf8());
    if (auto learnt = st.registrations().learnVolunteerKey(idNumber, volunteerNumber); !learnt.ok())
        qCWarning(lcSync) << "volunteer lookup: the card's volunteer number could not be kept" << learnt.error().detail;
}

} // namespace kiosksync
