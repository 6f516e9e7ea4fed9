// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/checkinrow.h"
#include "kiosk/store/database.h"
#include "kiosk/store/result.h"
#include "kiosk/store/volunteerrecord.h"

#include <optional>

namespace store {

/// @brief Reads of the volunteers and volunteer_checks tables the volunteer store shares.
class VolunteerTableReads
{
public:
    /// The column list read() expects, for `SELECT <columns> FROM volunteers v ...`.
    [[nodiscard]] static QString columns();
    [[nodiscard]] static VolunteerRecord read(const QSqlQuery &row);
    static Result<std::optional<VolunteerRecord>> byNumber(const Database &db, const QString &number);
    /// Open check-ins (not closed), earliest first; of one volunteer when `volunteerId` is set.
    static Result<QList<CheckInRow>> openCheckIns(const Database &db, const QString &volunteerId = {});
};

} // namespace store
