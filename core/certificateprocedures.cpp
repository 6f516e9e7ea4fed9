// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificateprocedures.h"

#include "core/certificatepapers.h"
#include "core/certificatevalidity.h"

#include <array>

namespace core {

namespace {

// lupdate reads every T::translate("core::CertificateProcedures", ...) below into the catalogues.
using T = TranslatableText;
using P = CertificateProcedure;
using Papers = CertificatePapers;

TranslatableText where()
{
    return T::translate("core::CertificateProcedures",
                        "The district disability federation's service hall handles it. This station passes your "
                        "application on, and staff call you to arrange the papers.");
}

TranslatableText withinWorkingDays(int days)
{
    // Counted from the papers handed in: staff call first to arrange them, so no day is known yet.
    return T::translate("core::CertificateProcedures", "Up to %1 working days after you hand in your papers.").arg(days);
}

TranslatableText afterAssessment()
{
    return T::translate("core::CertificateProcedures",
                        "After the assessment: 5 working days of public notice, then up to 10 working days for the "
                        "review.");
}

ProcedureRule rule(P procedure, TranslatableText officialTerm, TranslatableText plainName, TranslatableText purpose,
                   QList<TranslatableText> bring, std::optional<int> workingDays, const char *icon,
                   QList<std::pair<QString, QList<TranslatableText>>> papersForChoice = {})
{
    ProcedureRule r;
    r.procedure = procedure;
    r.officialTerm = officialTerm;
    r.plainName = plainName;
    r.purpose = purpose;
    r.whatToBring = std::move(bring);
    r.papersForChoice = std::move(papersForChoice);
    r.where = where();
    r.workingDays = workingDays;
    r.howLong = workingDays ? withinWorkingDays(*workingDays) : afterAssessment();
    r.choice = ProcedureChoices::set(procedure);
    r.icon = QString::fromLatin1(icon);
    return r;
}

// The working-day figures are the district federations' usual service commitments (服务承诺), not
// national law: a federation that promises other limits changes its row here, nothing else.
std::array<ProcedureRule, 6> buildRules()
{
    return {
        rule(P::Apply, T::translate("core::CertificateProcedures", "First application"),
             T::translate("core::CertificateProcedures", "Apply for a certificate"),
             T::translate("core::CertificateProcedures",
                          "For a first disability certificate. A designated hospital assesses the disability, and "
                          "the certificate brings allowances and services."),
             {Papers::idCard(), Papers::householdRegister(), Papers::photos(), Papers::medicalRecords()}, std::nullopt,
             "note_add"),
        rule(P::Renew, T::translate("core::CertificateProcedures", "Renewal"),
             T::translate("core::CertificateProcedures", "Renew my certificate"),
             T::translate("core::CertificateProcedures",
                          "A certificate is valid for 10 years. Renew it in the last 90 days, or once it has "
                          "expired, to keep your allowances and services."),
             {Papers::idCard(), Papers::householdRegister(), Papers::photos(), Papers::oldCertificate()}, 15,
             "autorenew"),
        rule(P::Replace, T::translate("core::CertificateProcedures", "Report of loss and replacement"),
             T::translate("core::CertificateProcedures", "Report it lost or replace it"),
             T::translate("core::CertificateProcedures",
                          "For a card that is lost or damaged. A lost card is marked at once so nobody else can use "
                          "it, and you get a new one."),
             {Papers::idCard(), Papers::householdRegister(), Papers::photos()}, 15, "report",
             {{QStringLiteral("damaged"), {T::translate("core::CertificateProcedures", "the damaged card")}}}),
        rule(P::Transfer, T::translate("core::CertificateProcedures", "Transfer"),
             T::translate("core::CertificateProcedures", "Move it to my new district"),
             T::translate("core::CertificateProcedures",
                          "When your household registration moves to another district, your certificate moves "
                          "with it, so the new district can serve you."),
             {Papers::idCard(), Papers::householdRegister(), Papers::oldCertificate()}, 10, "move_up"),
        rule(P::Change, T::translate("core::CertificateProcedures", "Change of category or level"),
             T::translate("core::CertificateProcedures", "Change its category or level"),
             T::translate("core::CertificateProcedures",
                          "When the disability has changed. A new assessment decides the category or level on the "
                          "new card."),
             {Papers::idCard(), Papers::householdRegister(), Papers::photos(), Papers::medicalRecords(),
              Papers::oldCertificate()},
             std::nullopt, "edit_note"),
        rule(P::Cancel, T::translate("core::CertificateProcedures", "Cancellation"),
             T::translate("core::CertificateProcedures", "Cancel my certificate"),
             T::translate("core::CertificateProcedures",
                          "Ends the certificate and the allowances that come with it. A new application can be made "
                          "one year after the cancellation."),
             {Papers::idCard(), Papers::oldCertificate()}, 5, "cancel",
             {{QStringLiteral("holder_died"),
               {T::translate("core::CertificateProcedures", "the death certificate and your own ID card")}}}),
    };
}

/// A card in the holder's hands. `renewal_due` may arrive stored (the wire and the CSV import
/// accept it): it is still held, and its validity decides renew versus the others.
bool isHeld(CertificateState state)
{
    return state == CertificateState::Issued || state == CertificateState::Replaced
        || state == CertificateState::RenewalDue;
}

} // namespace

const ProcedureRule &CertificateProcedures::rule(CertificateProcedure procedure)
{
    static const std::array<ProcedureRule, 6> rules = buildRules();
    return rules[std::size_t(procedure)];
}

QList<CertificateProcedure> CertificateProcedures::offered(std::optional<CertificateState> stored, QDate stateSince,
                                                           QDate validUntil, QDate today,
                                                           const QList<CertificateProcedure> &openApplications)
{
    QList<CertificateProcedure> candidates;
    if (!stored) {
        candidates = {P::Apply};
    } else if (*stored == CertificateState::Cancelled) {
        // A new application waits a year after a cancellation.
        if (stateSince.isValid() && today >= stateSince.addYears(1))
            candidates = {P::Apply};
    } else if (isHeld(*stored)) {
        const bool expired = validUntil.isValid() && CertificateValidity::isExpired(validUntil, today);
        if (expired || CertificateValidity::isRenewalDue(validUntil, today))
            candidates.append(P::Renew);
        if (!expired)
            candidates.append({P::Replace, P::Change, P::Transfer});
        candidates.append(P::Cancel);
    }
    QList<CertificateProcedure> out;
    for (CertificateProcedure procedure : candidates) {
        if (openApplications.contains(procedure))
            continue;
        // Cancelling while staff handle another application of the card would undo their work.
        if (procedure == P::Cancel && !openApplications.isEmpty())
            continue;
        out.append(procedure);
    }
    return out;
}

} // namespace core
