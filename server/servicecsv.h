// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/servicedefinition.h"

#include <QList>
#include <QStringList>

namespace server {

/// @brief The services CSV of `admin services-import`: one row per service, the header names
/// the columns (any order). Required: code,category,name_zh,name_en. Optional: official_zh,
/// official_en, offers_zh, offers_en, eligibility_zh, eligibility_en, bring_zh, bring_en,
/// hours_zh, hours_en, place_zh, place_en, weekly, slot_minutes, capacity, bookable, walk_in,
/// prefix, sort_order. Yes/no columns take yes|no|1|0|true|false.
class ServiceCsv
{
public:
    [[nodiscard]] static const QStringList &header();
    /// Every row read; `problems` gets "line N: field: reason" for each bad one. The caller
    /// imports nothing when there is any problem (a half-imported catalogue confuses kiosks).
    [[nodiscard]] static QList<ServiceDefinition> read(const QString &csvText, QStringList *problems);
};

} // namespace server
