// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/pushresult.h"

namespace core::wire {

QString PushResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted: return QStringLiteral("accepted");
    case Outcome::Duplicate: return QStringLiteral("duplicate");
    case Outcome::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("result"), outcomeName(outcome)}};
    if (outcome == Outcome::Rejected)
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

std::optional<PushResult> PushResult::fromJson(const QJsonObject &object)
{
    PushResult r;
    r.id = object.value(QStringLiteral("id")).toString();
    const QString result = object.value(QStringLiteral("result")).toString();
    if (r.id.isEmpty())
        return std::nullopt;
    if (result == u"accepted")
        r.outcome = Outcome::Accepted;
    else if (result == u"duplicate")
        r.outcome = Outcome::Duplicate;
    else if (result == u"rejected")
        r.outcome = Outcome::Rejected;
    else
        return std::nullopt;
    r.reason = object.value(QStringLiteral("reason")).toString();
    return r;
}

} // namespace core::wire
