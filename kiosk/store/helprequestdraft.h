// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/helptype.h"

#include <QDateTime>

namespace store {

/// @brief What a visitor asks volunteers for, before it is saved. The ID number stays in
/// memory: the store keeps only its keyed hash.
struct HelpRequestDraft
{
    core::HelpType type = core::HelpType::AccompanyToHospital;
    QString idNumber; ///< optional; hashed, never stored
    QString phone;    ///< how the volunteer reaches the visitor
    QDateTime wantedAt;
    QString note;
};

} // namespace store
