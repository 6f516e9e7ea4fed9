// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consoleuser.h"

#include <QString>
#include <QVariantList>

namespace server {
class Database;
}

namespace server::console {

/// @brief What a user may see. Every area query MUST filter with it.
///
/// A district user sees the stations of their district, a station user their own station, a
/// city user every station.
class ConsoleScope
{
public:
    explicit ConsoleScope(const ConsoleUser &user);

    /// SQL condition on a column holding a station id, e.g. clause("r.station_id") ->
    ///   city:     "1=1"
    ///   district: "r.station_id IN (SELECT id FROM stations WHERE district = ?)"
    ///   station:  "r.station_id = ?"
    /// and values() the values to append, in order, to the query's bound values.
    [[nodiscard]] QString clause(const QString &stationColumn) const;
    [[nodiscard]] QVariantList values() const;
    /// Whether a station with this id in this district is within the scope.
    [[nodiscard]] bool allows(const QString &stationId, const QString &stationDistrict) const;
    /// The same, looking the station's district up (false for an unknown station or a failed query).
    [[nodiscard]] bool allowsStation(Database &db, const QString &stationId) const;
    [[nodiscard]] bool isCity() const;
    [[nodiscard]] bool isDistrict() const;
    [[nodiscard]] bool isStation() const;
    [[nodiscard]] const ConsoleUser &user() const;

private:
    [[nodiscard]] bool isEmptyScope() const;

    ConsoleUser m_user;
};

} // namespace server::console
