// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatelifecycle.h"

#include "core/certificatepapers.h"
#include "core/certificatevalidity.h"

namespace core {

namespace {

// lupdate reads every T::translate("core::CertificateLifecycle", ...) below into the catalogues.
using T = TranslatableText;

const TranslatableText kIdCard = CertificatePapers::idCard();
const TranslatableText kHousehold = CertificatePapers::householdRegister();
const TranslatableText kPhotos = CertificatePapers::photos();
const TranslatableText kMedical = CertificatePapers::medicalRecords();
const TranslatableText kOldCertificate = CertificatePapers::oldCertificate();
const TranslatableText kDecision = CertificatePapers::decisionNotice();

QList<LifecycleStep> buildSteps()
{
    using S = CertificateState;
    QList<LifecycleStep> s;
    s.append({S::Received, T::translate("core::CertificateLifecycle", "Received"),
              T::translate("core::CertificateLifecycle", "Application received"),
              T::translate("core::CertificateLifecycle",
                "The district disability federation has your application and will arrange an assessment at a "
                "designated hospital. If you cannot travel, you can ask for an assessment at home."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kHousehold, kPhotos}, S::AwaitingAssessment});
    s.append({S::AwaitingAssessment, T::translate("core::CertificateLifecycle", "Awaiting assessment"),
              T::translate("core::CertificateLifecycle", "Waiting for the assessment"),
              T::translate("core::CertificateLifecycle",
                "The assessment at a designated hospital comes next. You can ask for the assessment fee to be "
                "waived."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kMedical}, S::Assessed});
    s.append({S::Assessed, T::translate("core::CertificateLifecycle", "Assessed"),
              T::translate("core::CertificateLifecycle", "Assessment done"),
              T::translate("core::CertificateLifecycle",
                "The assessment is done. If it meets the standard, the result is posted in your community for 5 "
                "working days."),
              std::nullopt, std::nullopt, std::nullopt, {}, S::PublicNotice});
    s.append({S::PublicNotice, T::translate("core::CertificateLifecycle", "Public notice"),
              T::translate("core::CertificateLifecycle", "Result on public notice"),
              T::translate("core::CertificateLifecycle",
                "The result is posted in your community for 5 working days. You do not need to do anything."),
              5, std::nullopt, std::nullopt, {}, S::UnderReview});
    s.append({S::UnderReview, T::translate("core::CertificateLifecycle", "Under review"),
              T::translate("core::CertificateLifecycle", "Being checked by the federation"),
              T::translate("core::CertificateLifecycle",
                "After the notice, the district federation checks the application within 10 working days. You "
                "do not need to do anything."),
              10, std::nullopt, std::nullopt, {}, S::BeingMade});
    s.append({S::BeingMade, T::translate("core::CertificateLifecycle", "Being made"),
              T::translate("core::CertificateLifecycle", "Certificate being made"),
              T::translate("core::CertificateLifecycle",
                "Approved. Your certificate is being made; you will be told when you can collect it."),
              std::nullopt, std::nullopt, std::nullopt, {}, S::ReadyForPickup});
    s.append({S::ReadyForPickup, T::translate("core::CertificateLifecycle", "Ready for pickup"),
              T::translate("core::CertificateLifecycle", "Ready to collect"),
              T::translate("core::CertificateLifecycle",
                "Your certificate is ready. Please bring your ID card to collect it. The certificate is free."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard}, S::Issued});
    s.append({S::Issued, T::translate("core::CertificateLifecycle", "Issued"),
              T::translate("core::CertificateLifecycle", "Certificate issued"),
              T::translate("core::CertificateLifecycle",
                "Your certificate is valid for 10 years. You can renew it free of charge in the last 90 days."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::NotApproved, T::translate("core::CertificateLifecycle", "Not approved"),
              T::translate("core::CertificateLifecycle", "Not approved", "plain words"),
              T::translate("core::CertificateLifecycle",
                "The assessment did not meet the standard. If you disagree, you can ask the city federation to "
                "look at it again within 10 working days."),
              std::nullopt, 10, std::nullopt, {kIdCard, kDecision}, std::nullopt});
    s.append({S::RenewalDue, T::translate("core::CertificateLifecycle", "Renewal due"),
              T::translate("core::CertificateLifecycle", "Time to renew"),
              T::translate("core::CertificateLifecycle",
                "Your certificate expires soon. Renewing is free: press \"Renew my certificate\". If your "
                "situation has changed, you can ask for a new assessment there."),
              std::nullopt, std::nullopt, std::nullopt, {kIdCard, kHousehold, kOldCertificate, kPhotos},
              std::nullopt});
    s.append({S::Transferred, T::translate("core::CertificateLifecycle", "Transferred"),
              T::translate("core::CertificateLifecycle", "Moved with your household"),
              T::translate("core::CertificateLifecycle",
                "Your household registration moved, so your certificate now belongs to the district federation "
                "of your new home. Please go there from now on."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::Replaced, T::translate("core::CertificateLifecycle", "Replaced"),
              T::translate("core::CertificateLifecycle", "Replacement issued"),
              T::translate("core::CertificateLifecycle",
                "A replacement was issued for a lost certificate; the old one is no longer valid. The new "
                "number ends with a mark like B1."),
              std::nullopt, std::nullopt, std::nullopt, {}, std::nullopt});
    s.append({S::Cancelled, T::translate("core::CertificateLifecycle", "Cancelled"),
              T::translate("core::CertificateLifecycle", "Certificate cancelled"),
              T::translate("core::CertificateLifecycle",
                "The certificate was cancelled. A new application is possible one year after the cancellation."),
              std::nullopt, std::nullopt, 1, {}, std::nullopt});
    return s;
}

TranslatableText joinSentences(const TranslatableText &a, const TranslatableText &b)
{
    if (b.isEmpty())
        return a;
    return T::translate("core::CertificateLifecycle", "%1 %2", "two sentences, one after the other").arg(a).arg(b);
}

} // namespace

const QList<LifecycleStep> &CertificateLifecycle::steps()
{
    static const QList<LifecycleStep> table = buildSteps();
    return table;
}

const LifecycleStep &CertificateLifecycle::step(CertificateState state)
{
    return steps()[int(state)];
}

CertificateState CertificateLifecycle::effectiveState(CertificateState stored, QDate validUntil, QDate today)
{
    // A replacement keeps the original card's validity: it comes due (and expires) like any card.
    const bool held = stored == CertificateState::Issued || stored == CertificateState::Replaced;
    if (held && CertificateValidity::isRenewalDue(validUntil, today))
        return CertificateState::RenewalDue;
    return stored;
}

TranslatableText CertificateLifecycle::formatDate(QDate date)
{
    return TranslatableText::date(date);
}

TranslatableText CertificateLifecycle::daysLeft(QDate validUntil, QDate today)
{
    const qint64 left = CertificateValidity::daysLeft(validUntil, today);
    if (left == 0)
        return T::translate("core::CertificateLifecycle", "Today is its last day.");
    // TranslatableText has no %n: the one day is a sentence of its own.
    if (left == 1)
        return T::translate("core::CertificateLifecycle", "1 day left.");
    return T::translate("core::CertificateLifecycle", "%1 days left.").arg(left);
}

LifecycleExplanation CertificateLifecycle::explain(CertificateState stored, QDate since, QDate validUntil, QDate today,
                                                   const WorkingCalendar &calendar, const LocalizedText &pickupPlace)
{
    LifecycleExplanation out;
    out.state = effectiveState(stored, validUntil, today);
    out.step = step(out.state);
    out.validUntil = validUntil;
    if (validUntil.isValid()) {
        out.renewalDueFrom = CertificateValidity::renewalDueFrom(validUntil);
        out.expired = CertificateValidity::isExpired(validUntil, today);
    }
    if (since.isValid() && out.step.workingDays)
        out.expectedBy = calendar.addWorkingDays(since, *out.step.workingDays);
    if (since.isValid() && out.step.visitorDeadlineWorkingDays)
        out.visitorDeadline = calendar.addWorkingDays(since, *out.step.visitorDeadlineWorkingDays);
    if (since.isValid() && out.step.visitorDeadlineYears)
        out.visitorDeadline = since.addYears(*out.step.visitorDeadlineYears);

    // The date that matters (expected by, valid until, appeal by ...) is shown once, beside its
    // label (the kiosk's CertificateDateLabel); the sentences here never repeat it.
    TranslatableText next = out.step.whatHappensNext;
    TranslatableText extra;
    if (out.state == CertificateState::RenewalDue && out.expired) {
        // Named for what it is: an expired card, not one that is merely due.
        out.step.plainName = T::translate("core::CertificateLifecycle", "Certificate expired");
        out.step.officialTerm = T::translate("core::CertificateLifecycle", "Expired");
        next = T::translate("core::CertificateLifecycle",
                            "Your certificate has expired. You can still renew it free of charge: press \"Renew my "
                            "certificate\". If your situation has changed, you can ask for a new assessment there.");
    } else if (out.state == CertificateState::ReadyForPickup && pickupPlace.zh.isEmpty()) {
        // A known place stands beside "Collect it at"; without one, nobody is left guessing.
        extra = T::translate("core::CertificateLifecycle", "Staff will tell you where to collect it.");
    }
    out.summary = joinSentences(next, extra);
    return out;
}

} // namespace core
