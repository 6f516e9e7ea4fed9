// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace core {

/// @brief The 10-year validity of a certificate and its free renewal window.
class CertificateValidity
{
public:
    static constexpr int kValidYears = 10;
    /// Renewal (换领) is due when fewer than this many days of the validity remain.
    static constexpr int kRenewalWindowDays = 90;

    /// Last day of validity of a certificate issued on `issuedOn`.
    [[nodiscard]] static QDate validUntil(QDate issuedOn);
    /// First day on which renewal is due: fewer than 90 days remain from then on.
    [[nodiscard]] static QDate renewalDueFrom(QDate validUntil);
    [[nodiscard]] static bool isRenewalDue(QDate validUntil, QDate today);
    [[nodiscard]] static bool isExpired(QDate validUntil, QDate today) { return today > validUntil; }
    /// Days of validity left after today (0 on the last day, negative once expired).
    [[nodiscard]] static qint64 daysLeft(QDate validUntil, QDate today) { return today.daysTo(validUntil); }
};

} // namespace core
