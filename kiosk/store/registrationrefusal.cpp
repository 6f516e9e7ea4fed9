// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationrefusal.h"

#include "kiosk/store/sqlvalues.h"

#include <QRegularExpression>

namespace store {

namespace {

// The server's own words for a second registration of one person at one station
// (server/registrationdesk.cpp, RegistrationDesk::pushProblem).
const QRegularExpression &registeredAs()
{
    static const QRegularExpression re(QStringLiteral("already registered as volunteer ([A-Za-z0-9-]+)"));
    return re;
}

} // namespace

QString RegistrationRefusal::plainWords(const QString &serverReason)
{
    const QString reason = serverReason.trimmed();
    if (const auto number = registeredAs().match(reason); number.hasMatch())
        return QStringLiteral("You are registered as volunteer %1 already.").arg(number.captured(1).toUpper());
    if (reason.contains(u"already registered"))
        return QStringLiteral("Your registration is waiting for a coordinator's approval.");
    // "field: words" (or the sync client's "refused by the server: field words"): the field's
    // name means nothing to the person, the words after it are the server's explanation.
    static const QRegularExpression prefix(
        QStringLiteral("^(refused by the server:\\s*[A-Za-z0-9_.\\[\\]]+:?\\s+|[A-Za-z0-9_.\\[\\]]+:\\s*)"));
    QString words = reason;
    words.remove(prefix);
    if (words.isEmpty())
        return QStringLiteral("The central office did not accept this registration. You can register again.");
    return QStringLiteral("The central office did not accept this registration (%1). You can register again.").arg(words);
}

Result<void> RegistrationRefusal::applyIfRegistration(const Database &db, const QString &outboxId,
                                                      const QString &serverReason)
{
    auto entry = db.exec(QStringLiteral("SELECT payload FROM outbox WHERE id = ? AND kind = 'volunteer_registration'"),
                         {outboxId});
    if (!entry.ok())
        return entry.error();
    if (!entry.value().next())
        return {};
    const QJsonObject payload = SqlValues::toJson(entry.value().value(0));
    entry.value().finish();

    auto refused = db.exec(QStringLiteral("UPDATE volunteer_registrations SET state = 'refused', reason = ?, changed_at = ? "
                                          "WHERE id = ? AND state = 'pending'"),
                           {plainWords(serverReason), SqlValues::utc(QDateTime::currentDateTimeUtc()), outboxId});
    if (!refused.ok())
        return refused.error();

    // Registered already, and the server said as whom: the card is that volunteer's here, so a
    // second try is told the number instead of being refused again.
    if (const auto number = registeredAs().match(serverReason); number.hasMatch()) {
        auto learnt = db.exec(QStringLiteral("INSERT INTO volunteer_keys(visitor_key, volunteer_number) "
                                             "SELECT visitor_key, ? FROM volunteer_registrations WHERE id = ? "
                                             "ON CONFLICT(visitor_key) DO UPDATE SET volunteer_number = excluded.volunteer_number"),
                              {number.captured(1).toUpper(), outboxId});
        if (!learnt.ok())
            return learnt.error();
    }

    // Staff still see the parked entry (kind, time, reason) as for every kind; what identifies
    // the person goes now, as delivery would have removed it.
    QJsonObject kept;
    for (const char *field : {"id", "createdAt", "code"}) {
        const QString key = QString::fromLatin1(field);
        if (payload.contains(key))
            kept.insert(key, payload.value(key));
    }
    auto blanked = db.exec(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"), {SqlValues::json(kept), outboxId});
    if (!blanked.ok())
        return blanked.error();
    return {};
}

} // namespace store
