// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificatedatelabel.h"

#include "core/certificatelifecycle.h"

using core::CertificateState;
using T = core::TranslatableText;

namespace {

CertificateDate dated(const char *label, QDate date)
{
    if (!date.isValid())
        return {};
    return {T::translate("CertificateDateLabel", label), core::CertificateLifecycle::formatDate(date), {}, true};
}

/// "30 January 2027. 60 days left.": how long is left stands beside the date, not in a second
/// sentence of the summary that tells the same day again.
CertificateDate renewBy(QDate validUntil, QDate today)
{
    CertificateDate date = dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "Renew by"), validUntil);
    if (date.isEmpty() || !today.isValid())
        return date;
    date.text = T::translate("CertificateDateLabel", "%1. %2", "a date, then how long is left")
                    .arg(date.text)
                    .arg(core::CertificateLifecycle::daysLeft(validUntil, today));
    return date;
}

} // namespace

CertificateDate CertificateDateLabel::of(const core::LifecycleExplanation &explained, QDate today,
                                         const core::LocalizedText &pickupPlace,
                                         const std::optional<BookedAssessment> &assessment)
{
    switch (explained.state) {
    case CertificateState::PublicNotice:
    case CertificateState::UnderReview:
        // The federation's own time limit: the only date that is "expected".
        return dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "Expected by"), explained.expectedBy);
    case CertificateState::AwaitingAssessment:
        if (assessment && assessment->startsAt.isValid()) {
            return {T::translate("CertificateDateLabel", "Your assessment"),
                    T::translate("CertificateDateLabel", "%1 at %2, %3")
                        .arg(core::CertificateLifecycle::formatDate(assessment->startsAt.date()))
                        .arg(assessment->startsAt.time().toString(u"H:mm"))
                        .arg(assessment->place),
                    {}, false};
        }
        return {T::translate("CertificateDateLabel", "Assessment day"),
                T::translate("CertificateDateLabel", "Not set yet. Staff will call you to agree it."), {}, false};
    case CertificateState::ReadyForPickup:
        // No rule sets a last day to collect it: only where.
        if (pickupPlace.zh.isEmpty())
            return {};
        return {T::translate("CertificateDateLabel", "Collect it at"), {}, pickupPlace, false};
    case CertificateState::Issued:
    case CertificateState::Replaced:
        return dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "Valid until"), explained.validUntil);
    case CertificateState::RenewalDue:
        return explained.expired ? dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "Expired on"), explained.validUntil)
                                 : renewBy(explained.validUntil, today);
    case CertificateState::NotApproved:
        return dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "Appeal by"), explained.visitorDeadline);
    case CertificateState::Cancelled:
        return dated(QT_TRANSLATE_NOOP("CertificateDateLabel", "May apply again from"), explained.visitorDeadline);
    case CertificateState::Received:
    case CertificateState::Assessed:
    case CertificateState::BeingMade:
    case CertificateState::Transferred:
        return {};
    }
    return {};
}
