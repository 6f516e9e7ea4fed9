// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatestate.h"

namespace core {

QList<CertificateState> CertificateStates::all()
{
    QList<CertificateState> out;
    for (int i = int(CertificateState::Received); i <= int(CertificateState::Cancelled); ++i)
        out.append(CertificateState(i));
    return out;
}

QList<CertificateState> CertificateStates::mainPath()
{
    QList<CertificateState> out;
    for (int i = int(CertificateState::Received); i <= int(CertificateState::Issued); ++i)
        out.append(CertificateState(i));
    return out;
}

bool CertificateStates::isSideState(CertificateState state)
{
    return int(state) > int(CertificateState::Issued);
}

QString CertificateStates::key(CertificateState state)
{
    switch (state) {
    case CertificateState::Received: return QStringLiteral("received");
    case CertificateState::AwaitingAssessment: return QStringLiteral("awaiting_assessment");
    case CertificateState::Assessed: return QStringLiteral("assessed");
    case CertificateState::PublicNotice: return QStringLiteral("public_notice");
    case CertificateState::UnderReview: return QStringLiteral("under_review");
    case CertificateState::BeingMade: return QStringLiteral("being_made");
    case CertificateState::ReadyForPickup: return QStringLiteral("ready_for_pickup");
    case CertificateState::Issued: return QStringLiteral("issued");
    case CertificateState::NotApproved: return QStringLiteral("not_approved");
    case CertificateState::RenewalDue: return QStringLiteral("renewal_due");
    case CertificateState::Transferred: return QStringLiteral("transferred");
    case CertificateState::Replaced: return QStringLiteral("replaced");
    case CertificateState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<CertificateState> CertificateStates::fromKey(QStringView key)
{
    for (CertificateState state : all()) {
        if (CertificateStates::key(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace core
