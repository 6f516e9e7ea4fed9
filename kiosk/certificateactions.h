// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "core/translatabletext.h"
#include "kiosk/store/applicationrecord.h"
#include "kiosk/store/certificaterecord.h"

#include <QList>
#include <QString>

#include <optional>

/// @brief One thing a visitor can do from the certificate page, as a large button: a
/// procedure ("replace") or the appeal of a decision ("appeal").
struct CertificateAction
{
    QString key;                 ///< a procedure key, or "appeal"
    core::TranslatableText name; ///< the button's plain words
    QString icon;                ///< Material symbol name
};

/// @brief What a certificate's state allows: the appeal of a decision not approved (while its
/// deadline has not passed), then the procedures core::CertificateProcedures::offered() gives
/// for the cached certificate (none cached: apply) and the visitor's open applications.
class CertificateActions
{
public:
    static constexpr auto appealKey = "appeal";
    /// The staff call's reason an appeal sends (CallStaffRequest).
    static constexpr auto appealCallReason = "certificate_appeal";

    [[nodiscard]] static QList<CertificateAction> of(const std::optional<store::CertificateRecord> &record,
                                                     const core::LifecycleExplanation &explained, QDate today,
                                                     const QList<store::ApplicationRecord> &applications);
};
