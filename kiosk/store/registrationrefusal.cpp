// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationrefusal.h"

#include "kiosk/store/registrationreason.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

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

    const QString reason = RegistrationReason::ofServerRefusal(serverReason);
    // Waiting on the server under another record: still pending for the person, so they are
    // told "waiting for approval" and not invited to register again, round and round.
    const QString state = RegistrationReason::isHeldElsewhere(reason) ? QStringLiteral("pending")
                                                                      : QStringLiteral("refused");
    auto refused = db.exec(QStringLiteral("UPDATE volunteer_registrations SET state = ?, reason = ?, changed_at = ? "
                                          "WHERE id = ? AND state = 'pending'"),
                           {state, reason, SqlValues::utc(QDateTime::currentDateTimeUtc()), outboxId});
    if (!refused.ok())
        return refused.error();

    // Registered already, and the server said as whom: the card is that volunteer's here, so a
    // second try is told the number instead of being refused again.
    if (const QString number = RegistrationReason::volunteerNumber(reason); !number.isEmpty()) {
        auto learnt = db.exec(QStringLiteral("INSERT INTO volunteer_keys(visitor_key, volunteer_number) "
                                             "SELECT visitor_key, ? FROM volunteer_registrations WHERE id = ? "
                                             "ON CONFLICT(visitor_key) DO UPDATE SET volunteer_number = excluded.volunteer_number"),
                              {number, outboxId});
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
