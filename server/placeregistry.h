// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/changefeed.h"
#include "server/database.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace server {

/// @brief The hospitals and other places a station's volunteers meet visitors at, sent to the
/// station as change feed entity `place`. A place of station '*' is on every station's list.
class PlaceRegistry
{
public:
    struct Place
    {
        QString id;
        QString stationId = ChangeFeed::cityWide;
        core::LocalizedText name;
        QString kind = QStringLiteral("place"); ///< "hospital" or "place"
        int sortOrder = 0;

        [[nodiscard]] QJsonObject toJson() const;
    };

    explicit PlaceRegistry(Database &db) : m_db(db), m_feed(db) {}

    /// Adds or replaces; call inside a transaction. False with `problem` for a bad value.
    bool upsert(const Place &place, QString *problem);
    /// Removes it from the list (stations get a deleted change); false when there is none.
    bool remove(const QString &id, QString *problem);
    /// The places a station lists (its own and the city-wide ones), in order.
    [[nodiscard]] std::optional<QList<Place>> forStation(const QString &stationId);
    /// Every place, for the admin list.
    [[nodiscard]] std::optional<QList<Place>> all();
    /// True when `placeId` is on `stationId`'s list.
    [[nodiscard]] bool isListedFor(const QString &placeId, const QString &stationId);

private:
    std::optional<QList<Place>> query(const QString &where, const QVariantList &values);

    Database &m_db;
    ChangeFeed m_feed;
};

} // namespace server
