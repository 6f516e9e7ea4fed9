// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <optional>

namespace server {

/// @brief Volunteer numbers like TJ-V-000123: a prefix per district (a setting, else the
/// city's, else "TJ") and a counter per prefix taken inside the approving transaction, so
/// numbers are sequential without gaps even when coordinators approve at the same moment
/// (the counter row's lock orders them; a rolled-back approval gives its number back).
class VolunteerNumbers
{
public:
    static inline const QString defaultPrefix = QStringLiteral("TJ");

    explicit VolunteerNumbers(Database &db) : m_db(db) {}

    /// The prefix of a district's numbers: setting volunteer_number_prefix.<district>, else
    /// volunteer_number_prefix, else defaultPrefix.
    [[nodiscard]] QString prefixFor(const QString &district);
    /// Sets the prefix (2 to 6 capital letters or digits) for a district, or the city when empty.
    bool setPrefix(const QString &district, const QString &prefix, QString *problem);
    /// The next number of the prefix; call inside a transaction. A number an imported volunteer
    /// already has is passed over.
    [[nodiscard]] std::optional<QString> next(const QString &prefix);
    /// "TJ-V-000123".
    [[nodiscard]] static QString format(const QString &prefix, qint64 n);

private:
    Database &m_db;
};

} // namespace server
