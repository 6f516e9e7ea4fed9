// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/fieldproblem.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace core::wire {

/// @brief What a kiosk sends to enroll (POST /v1/stations/enroll).
///
/// `clientNonce` is chosen by the kiosk once per enrollment attempt and kept until the credential
/// is stored: when the answer is lost, sending the same code with the same nonce again (within a
/// short window) gets the same credential once more instead of "code used". Old kiosks send no
/// nonce; they simply cannot retry.
struct EnrollRequest
{
    static constexpr qsizetype maxCodeLength = 128;
    static constexpr qsizetype minNonceLength = 32;
    static constexpr qsizetype maxNonceLength = 128;

    QString enrollmentCode;
    QString clientNonce; ///< empty: none sent

    /// True when `nonce` is 32 to 128 characters of A-Z, a-z, 0-9, '_' and '-'.
    [[nodiscard]] static bool isValidNonce(const QString &nonce);
    [[nodiscard]] QByteArray toJson() const;
    /// Parses and checks a request body; on refusal fills `problem` (field + plain words).
    [[nodiscard]] static std::optional<EnrollRequest> fromJson(const QByteArray &body, FieldProblem *problem);
};

} // namespace core::wire
