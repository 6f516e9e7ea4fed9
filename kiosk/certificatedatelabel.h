// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "core/localizedtext.h"
#include "kiosk/bookedassessment.h"
#include "kiosk/certificatedate.h"

#include <QDate>

#include <optional>

/// @brief The label and date that matter for a certificate's state (CertificateDate).
class CertificateDateLabel
{
public:
    /// The label and date for the explained state on `today`. No rule sets the assessment's
    /// day: without `assessment`, the words say it is not set yet (no invented deadline).
    [[nodiscard]] static CertificateDate of(const core::LifecycleExplanation &explained, QDate today,
                                            const core::LocalizedText &pickupPlace,
                                            const std::optional<BookedAssessment> &assessment = std::nullopt);
};
