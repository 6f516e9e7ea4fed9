// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/queuekind.h"

#include <QDate>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace server::console {

/// @brief What GET /console/api/queue asks for: kind, status, district, station, day, open,
/// and the page (limit, offset).
struct QueueFilter
{
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;

    std::optional<QueueKind> kind;
    QString status;
    QString district;
    QString stationId;
    QDate day; ///< the stations' day the item came in; invalid = any day
    bool openOnly = true;
    int limit = defaultLimit;
    int offset = 0;

    /// The filter in plain words for the audit ("kind help, station s1, open 1, limit 50, offset 0"):
    /// keys, station ids, districts and a day, never anything of a person.
    [[nodiscard]] QString describe() const;

    /// The filter from the query; nullopt with the parameter at fault and plain words.
    [[nodiscard]] static std::optional<QueueFilter> fromQuery(const QUrlQuery &query, QString *field, QString *problem);
};

} // namespace server::console
