// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificateactions.h"

#include "core/certificateprocedures.h"

using core::CertificateProcedure;
using core::CertificateProcedures;
using core::CertificateState;

QList<CertificateAction> CertificateActions::of(const std::optional<store::CertificateRecord> &record,
                                                const core::LifecycleExplanation &explained, QDate today,
                                                const QList<store::ApplicationRecord> &applications)
{
    QList<CertificateAction> out;
    // An appeal once the deadline has passed would be a promise the federation does not keep.
    if (record && explained.state == CertificateState::NotApproved
        && (!explained.visitorDeadline.isValid() || today <= explained.visitorDeadline)) {
        out.append({QString::fromLatin1(appealKey),
                    core::TranslatableText::translate("CertificateActions", "Ask for the decision to be looked at again"),
                    QStringLiteral("gavel"), true});
    }
    QList<CertificateProcedure> open;
    for (const store::ApplicationRecord &application : applications)
        if (core::ApplicationStates::isOpen(application.state))
            open.append(application.procedure);
    const std::optional<CertificateState> stored = record ? std::optional(record->state) : std::nullopt;
    const auto offered = CertificateProcedures::offered(stored, record ? record->stateSince : QDate(),
                                                        record ? record->validUntil : QDate(), today, open);
    for (CertificateProcedure procedure : offered) {
        const core::ProcedureRule &rule = CertificateProcedures::rule(procedure);
        // Renewing a due card and a first application are what the visitor came for; a valid
        // card's replace, change, transfer and cancel are there, but quiet.
        const bool due = procedure == CertificateProcedure::Renew || procedure == CertificateProcedure::Apply;
        out.append({CertificateProcedures::key(procedure), rule.plainName, rule.icon, due});
    }
    return out;
}
