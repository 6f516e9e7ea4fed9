// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

namespace core {

/// @brief The papers a visitor brings for a certificate step or procedure, shared by the
/// lifecycle table and the procedures table so a paper is worded once.
///
/// Functions rather than global constants: the tables are built on first use, possibly during
/// another file's static initialisation, where a global of this file might not exist yet.
class CertificatePapers
{
public:
    [[nodiscard]] static TranslatableText idCard();
    [[nodiscard]] static TranslatableText householdRegister();
    [[nodiscard]] static TranslatableText photos();
    [[nodiscard]] static TranslatableText medicalRecords();
    [[nodiscard]] static TranslatableText oldCertificate();
    [[nodiscard]] static TranslatableText decisionNotice();
};

} // namespace core
