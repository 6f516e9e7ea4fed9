// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace server {

/// The station an admin command is about: --station, or --station-id as the station commands
/// call it (both spellings are accepted everywhere a station narrows a listing).
[[nodiscard]] inline QString stationOption(const QHash<QString, QString> &options)
{
    const QString station = options.value(QStringLiteral("station"));
    return station.isEmpty() ? options.value(QStringLiteral("station-id")) : station;
}

} // namespace server
