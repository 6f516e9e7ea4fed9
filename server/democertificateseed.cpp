// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/democertificateseed.h"

#include "core/democertificates.h"
#include "server/certificateregistry.h"
#include "server/stationclock.h"

namespace server {

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

bool DemoCertificateSeed::seed(Database &db, const QString &stationId)
{
    CertificateRegistry registry(db);
    const QDate today = StationClock::today();
    for (const core::DemoCertificate &c : core::DemoCertificates::all()) {
        CertificateRegistry::Record r;
        r.idNumber = c.idNumber;
        // The holder's name stays on the server and is never sent: a demo needs none of its own.
        r.holderName = QStringLiteral("演示持证人");
        r.category = int(c.category); // the enum is numbered by the digit, 1 visual .. 7 multiple
        r.level = c.level;
        r.status = core::CertificateStates::key(c.stored);
        r.validUntil = day(c.validUntil(today));
        r.stationId = stationId;
        r.stateSince = day(c.stateSinceOn(today));
        r.issuedOn = day(c.issuedOn(today));
        r.pickupPlace = c.pickupPlace();
        r.replacement = c.replacement;
        if (!registry.upsert(r))
            return false;
    }
    return true;
}

} // namespace server
