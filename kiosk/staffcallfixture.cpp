// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/staffcallfixture.h"

#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"

void StaffCallFixture::prepare(PageFixture fixture, const QString &staffPin)
{
    StaffMode::instance()->setPin(staffPin);
    StaffMode::instance()->unlock(staffPin);
    store::Store *st = StationStore::instance()->store();
    if (!st)
        return;
    // Written on the screen's own connection before the page loads, as a visitor's call is.
    (void)st->requests().callStaff(QStringLiteral("help_at_kiosk"));
    if (fixture == PageFixture::StaffCalls) {
        const auto appeal = st->requests().callStaff(QStringLiteral("certificate_appeal"));
        if (appeal.ok())
            (void)st->staffCalls().acknowledge(appeal.value());
    }
    StationStore::instance()->refreshCounts();
}
