// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/disability.h"
#include "core/idnumber.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace core {

/// Why a certificate number was refused.
enum class CertificateNumberProblem { None, WrongLength, BadIdNumber, BadCategory, BadLevel, BadSuffix };

/// The parts of a disability certificate number.
struct CertificateNumberInfo
{
    IdNumberInfo holder;
    DisabilityCategory category = DisabilityCategory::Visual;
    int level = 1;
    int replacement = 0; ///< 0 for the first certificate, n for the suffix Bn
};

/// @brief Second-generation certificate numbers: 18-character ID number + category + level [+ Bn].
class CertificateNumber
{
public:
    [[nodiscard]] static std::optional<CertificateNumberInfo> parse(QStringView text, CertificateNumberProblem *problem = nullptr,
                                                      IdNumberProblem *idProblem = nullptr);
    /// The 20-character number (22+ with a replacement suffix); empty when a part is out of range.
    [[nodiscard]] static QString format(QStringView idNumber, DisabilityCategory category, int level, int replacement = 0);
    [[nodiscard]] static TranslatableText problemText(CertificateNumberProblem problem);
};

} // namespace core
