// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/planfilter.h"

#include <QJsonObject>
#include <optional>

namespace server {
class Database;
}

namespace server::console {

/// @brief The plan's figures for the console: registered and active volunteers against 100,000,
/// person-times served against 600,000 and distinct persons, in total and by month, district,
/// station and kind of help, for what a PlanFilter selects.
///
/// The definitions are Statistics' (a record is a person-time once done; persons are distinct
/// (station, visitorKey) pairs). A person-time falls in the month it was done in; a volunteer in
/// the month they were registered; "active" is a volunteer whose service was counted in the
/// Statistics::activeDays days up to the end of the period (now when `to` is not given).
class PlanFigures
{
public:
    explicit PlanFigures(Database &db) : m_db(db) {}

    /// {targets, volunteersRegistered, volunteersActive, personTimes, personsServed, byMonth,
    /// byDistrict, byStation, byKind, from, to, activeDays}; nullopt when the storage failed.
    [[nodiscard]] std::optional<QJsonObject> compute(const PlanFilter &filter);

    /// The tables the CSV export can send (the keys of compute()'s arrays).
    [[nodiscard]] static const QStringList &tables();

private:
    Database &m_db;
};

} // namespace server::console
