// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace store {

/// @brief Why a registration made here is not a volunteer's (yet), as volunteer_registrations.reason
/// keeps it: a code, never a sentence, so the words are made when shown, in the visitor's
/// language, from the catalogues.
///
/// Codes: `registered_as:<number>` (the server has this person as that volunteer already),
/// `pending` (the server holds another registration of this person, not decided yet: the row
/// stays pending), `server:<words>` (the server refused the record at delivery; its words are
/// for staff and the log, never shown to the person), `coordinator:<words>` (a coordinator
/// refused it; their words are written for the person).
class RegistrationReason
{
public:
    [[nodiscard]] static QString registeredAs(const QString &volunteerNumber);
    [[nodiscard]] static QString heldElsewhere();
    [[nodiscard]] static QString coordinator(const QString &words);
    /// The server's refusal of a pushed registration ("visitorKey: already registered as
    /// volunteer TJ-V-000123") as a code.
    [[nodiscard]] static QString ofServerRefusal(const QString &serverReason);

    /// The number of `registered_as:<number>`, else empty.
    [[nodiscard]] static QString volunteerNumber(const QString &code);
    [[nodiscard]] static bool isHeldElsewhere(const QString &code);

    /// The reason as a clause for "Your last registration was not approved: %1.", in
    /// `language`; empty when there is nothing to say (no reason, or still pending).
    [[nodiscard]] static QString in(const QString &code, QStringView language);
};

} // namespace store
