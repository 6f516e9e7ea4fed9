// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatepapers.h"

namespace core {

// The context stays "core::CertificateLifecycle", where these words were first catalogued, so
// their translations carry over unchanged.
using T = TranslatableText;

TranslatableText CertificatePapers::idCard()
{
    return T::translate("core::CertificateLifecycle", "your ID card");
}

TranslatableText CertificatePapers::householdRegister()
{
    return T::translate("core::CertificateLifecycle", "your household register (户口本)");
}

TranslatableText CertificatePapers::photos()
{
    return T::translate("core::CertificateLifecycle", "three recent 2-inch photos with a white background");
}

TranslatableText CertificatePapers::medicalRecords()
{
    return T::translate("core::CertificateLifecycle", "medical records and test reports");
}

TranslatableText CertificatePapers::oldCertificate()
{
    return T::translate("core::CertificateLifecycle", "your old disability certificate");
}

TranslatableText CertificatePapers::decisionNotice()
{
    return T::translate("core::CertificateLifecycle", "the written notice of the decision");
}

} // namespace core
