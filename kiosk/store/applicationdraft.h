// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificateprocedure.h"

#include <QString>

namespace store {

/// @brief A certificate procedure as the visitor filled it in, before it is saved and sent.
struct ApplicationDraft
{
    core::CertificateProcedure procedure = core::CertificateProcedure::Apply;
    /// The key of the procedure's one choice (core::ProcedureChoices): "lost", "120104", "" ...
    QString choice;
    QString phone;    ///< typed digits; only ever in the outbox payload, never in the table
    QString maskedId; ///< "120101********0016"; made from the ID number when empty
};

} // namespace store
