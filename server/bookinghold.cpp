// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/bookinghold.h"

#include "core/wire/outboxitem.h"
#include "server/textcheck.h"

#include <QDateTime>
#include <QRegularExpression>

namespace server {

namespace {

bool fail(BookingHold::Problem *problem, const QString &field, const QString &message)
{
    if (problem)
        *problem = {field, message};
    return false;
}

} // namespace

std::optional<BookingHold> BookingHold::read(const QJsonObject &body, Problem *problem)
{
    BookingHold h;
    auto text = [&body](const char *key) { return body.value(QLatin1String(key)); };
    auto required = [&](const char *key, int maxLength, QString *out) {
        const QJsonValue v = text(key);
        if (!v.isString() || v.toString().isEmpty())
            return fail(problem, QLatin1String(key), QStringLiteral("is missing: it must be given as text"));
        if (v.toString().size() > maxLength)
            return fail(problem, QLatin1String(key), QStringLiteral("is too long: at most %1 characters").arg(maxLength));
        // (U+0000 or half a surrogate pair: PostgreSQL would refuse the statement, not the field.)
        if (const QString why = TextCheck::problem(v.toString(), maxLength); !why.isEmpty())
            return fail(problem, QLatin1String(key), why);
        *out = v.toString();
        return true;
    };
    if (!required("id", 36, &h.id))
        return std::nullopt;
    if (!core::wire::OutboxItem::isUuid(h.id)) {
        fail(problem, QStringLiteral("id"), QStringLiteral("must be the booking's record id (a UUID made on the kiosk)"));
        return std::nullopt;
    }
    h.id = h.id.toLower();
    if (!required("slotId", 64, &h.slotId) || !required("serviceId", 64, &h.serviceId)
        || !required("startsAt", 32, &h.startsAt) || !required("code", 6, &h.code))
        return std::nullopt;
    const QDateTime starts = QDateTime::fromString(h.startsAt.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!starts.isValid()) {
        fail(problem, QStringLiteral("startsAt"), QStringLiteral("must be the time of the slot, like 2026-07-08T09:30:00"));
        return std::nullopt;
    }
    static const QRegularExpression codePattern(QStringLiteral("^[2-9A-HJ-NP-Z]{4,6}$"));
    if (!codePattern.match(h.code).hasMatch()) {
        fail(problem, QStringLiteral("code"), QStringLiteral("must be the kiosk's booking code: 4 to 6 letters and digits"));
        return std::nullopt;
    }
    const QJsonValue key = text("visitorKey");
    static const QRegularExpression keyPattern(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!key.isUndefined() && !key.isNull() && (!key.isString() || !keyPattern.match(key.toString()).hasMatch())) {
        fail(problem, QStringLiteral("visitorKey"), QStringLiteral("must be the visitor's key from the kiosk, or empty"));
        return std::nullopt;
    }
    h.visitorKey = key.toString();
    const QJsonValue phone = text("phone");
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9]{7,12}$"));
    if (!phone.isUndefined() && !phone.isNull() && !(phone.isString() && phone.toString().isEmpty())) {
        if (!phone.isString() || !phonePattern.match(phone.toString()).hasMatch()) {
            fail(problem, QStringLiteral("phone"), QStringLiteral("must be the phone's digits only, 7 to 12 of them"));
            return std::nullopt;
        }
        h.phone = phone.toString();
    }
    return h;
}

} // namespace server
