// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "core/workingcalendar.h"

#include <QList>

namespace core {

/// @brief The certificate lifecycle of the 2017 certificate rules as a table of steps, and the
/// explanation of one certificate's state on a given day.
///
/// Time limits (5 working days of public notice, 10 for review, 10 to appeal, 1 year before
/// re-applying after cancellation) live in the table, so a changed rule is a changed row.
class CertificateLifecycle
{
public:
    [[nodiscard]] static const QList<LifecycleStep> &steps();
    [[nodiscard]] static const LifecycleStep &step(CertificateState state);

    /// An issued certificate within 90 days of expiry (or past it) is effectively renewal due.
    [[nodiscard]] static CertificateState effectiveState(CertificateState stored, QDate validUntil, QDate today);

    /// Explains `stored` state, which began on `since`, for `today`. The summary never repeats
    /// the dates (or the pickup place) the kiosk shows beside their label; without a
    /// `pickupPlace` it says staff will tell where to collect the card.
    [[nodiscard]] static LifecycleExplanation explain(CertificateState stored, QDate since, QDate validUntil, QDate today,
                                        const WorkingCalendar &calendar = {},
                                        const LocalizedText &pickupPlace = {});

    /// "2025年3月7日" / "7 March 2025", independent of the system locale.
    [[nodiscard]] static TranslatableText formatDate(QDate date);
    /// How long a card has left: "60 days left.", "1 day left.", "Today is its last day." (the
    /// kiosk shows it beside the "Renew by" date, so the day is told once).
    [[nodiscard]] static TranslatableText daysLeft(QDate validUntil, QDate today);
};

} // namespace core
