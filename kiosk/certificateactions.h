// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "kiosk/certificateaction.h"
#include "kiosk/store/applicationrecord.h"
#include "kiosk/store/certificaterecord.h"

#include <QList>

#include <optional>

/// @brief What a certificate's state allows: the appeal of a decision not approved (while its
/// deadline has not passed), then the procedures core::CertificateProcedures::offered() gives
/// for the cached certificate (none cached: apply) and the visitor's open applications.
class CertificateActions
{
public:
    static constexpr auto appealKey = "appeal";

    [[nodiscard]] static QList<CertificateAction> of(const std::optional<store::CertificateRecord> &record,
                                                     const core::LifecycleExplanation &explained, QDate today,
                                                     const QList<store::ApplicationRecord> &applications);
};
