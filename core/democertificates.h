// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificatestate.h"
#include "core/disability.h"
#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// @brief One demo holder's certificate, its dates relative to "today" so the demo never ages.
struct DemoCertificate
{
    /// Names the demo case: a state key ("public_notice") for the one-per-state holders, or
    /// "expired", "cancelled_over_a_year", "issued_recently".
    QString key;
    QString idNumber; ///< valid check character; made for the demo
    CertificateState stored = CertificateState::Received; ///< as the server stores it
    CertificateState shown = CertificateState::Received;  ///< the effective state a visitor sees
    DisabilityCategory category = DisabilityCategory::Physical;
    int level = 1;
    int sinceDaysAgo = 0; ///< the state began this many days before today
    int replacement = 0;  ///< n of the Bn suffix
    /// Days of validity left after today (negative: expired), for a holder whose card's
    /// validity is the point of the case; otherwise ten years from the issue day.
    std::optional<int> validDaysLeft{};

    [[nodiscard]] QDate stateSinceOn(QDate today) const;
    /// Invalid for a certificate never issued.
    [[nodiscard]] QDate issuedOn(QDate today) const;
    [[nodiscard]] QDate validUntil(QDate today) const;
    /// Where a card ready for pickup waits; empty for the others.
    [[nodiscard]] LocalizedText pickupPlace() const;
};

/// @brief The demo certificates, the same for the kiosk's demo store and the server's
/// `demo-seed`, so a demo visitor's report of loss finds its certificate on the server.
///
/// The first thirteen are one per lifecycle state in lifecycle order (DemoData::people());
/// the cases after them add an expired card, a cancellation over a year ago and a card
/// issued recently, far from expiry.
class DemoCertificates
{
public:
    [[nodiscard]] static const QList<DemoCertificate> &all();
    /// The one-per-state holders, in lifecycle order.
    [[nodiscard]] static QList<DemoCertificate> onePerState();
    /// The case named `key`, nothing for an unknown one.
    [[nodiscard]] static std::optional<DemoCertificate> find(const QString &key);
};

} // namespace core
