// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// Where a certificate application or certificate stands. The first eight are the main path in
/// order; the rest are side states.
enum class CertificateState {
    Received,
    AwaitingAssessment,
    Assessed,
    PublicNotice,
    UnderReview,
    BeingMade,
    ReadyForPickup,
    Issued,
    NotApproved,
    RenewalDue,
    Transferred,
    Replaced,
    Cancelled,
};

/// @brief Stable keys for certificate states, as stored and sent over the wire ("public_notice").
class CertificateStates
{
public:
    [[nodiscard]] static QList<CertificateState> all();
    /// The main path from received to issued, in order.
    [[nodiscard]] static QList<CertificateState> mainPath();
    [[nodiscard]] static bool isSideState(CertificateState state);
    [[nodiscard]] static QString key(CertificateState state);
    [[nodiscard]] static std::optional<CertificateState> fromKey(QStringView key);
};

} // namespace core
