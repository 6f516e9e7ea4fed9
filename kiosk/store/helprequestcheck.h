// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/database.h"
#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/result.h"

namespace store {

/// @brief The rules a help request must meet before it is saved, the same the server applies
/// (a refusal there would park the request): a phone number by core::PhoneNumber or none, a
/// day not before today, note keys from core::NotePhrases, a listed place on the station's list.
class HelpRequestCheck
{
public:
    /// The draft as it is saved: phone as digits, place id only for a listed place, note keys
    /// without repeats; or the first problem in words for the visitor.
    static Result<HelpRequestDraft> checked(const Database &db, const HelpRequestDraft &draft, QDate today);
    /// Digits of a typed phone number, empty for none, or the phone rule's words.
    static Result<QString> phoneDigits(const QString &typed);
};

} // namespace store
