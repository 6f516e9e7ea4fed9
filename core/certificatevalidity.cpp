// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatevalidity.h"

namespace core {

QDate CertificateValidity::validUntil(QDate issuedOn)
{
    return issuedOn.addYears(kValidYears).addDays(-1);
}

QDate CertificateValidity::renewalDueFrom(QDate validUntil)
{
    // daysLeft < 90  <=>  today > validUntil - 90
    return validUntil.addDays(-(kRenewalWindowDays - 1));
}

bool CertificateValidity::isRenewalDue(QDate validUntil, QDate today)
{
    return validUntil.isValid() && daysLeft(validUntil, today) < kRenewalWindowDays;
}

} // namespace core
