// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/daypart.h"
#include "core/helptype.h"
#include "kiosk/store/helpplace.h"

#include <QDate>
#include <QStringList>

namespace store {

/// @brief What a visitor asks volunteers for, before it is saved. The ID number stays in
/// memory: the store keeps only its keyed hash.
struct HelpRequestDraft
{
    core::HelpType type = core::HelpType::AccompanyToHospital;
    QString idNumber;  ///< optional; hashed, never stored
    QString phone;     ///< optional; how the coordinator reaches the visitor (core::PhoneNumber rule)
    QDate wantedDay;   ///< invalid: any day; otherwise today or later (station's day)
    core::DayPart dayPart = core::DayPart::Any;
    HelpPlace place;
    QStringList noteKeys; ///< core::NotePhrases keys, several allowed
};

} // namespace store
