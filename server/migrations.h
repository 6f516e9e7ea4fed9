// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QList>
#include <QStringList>

namespace server {

/// @brief The numbered schema steps, one list of statements per step, for either engine.
///
/// Step N is applied once, in a transaction that also records N in schema_migrations; never
/// edit a released step, add a new one.
class Migrations
{
public:
    [[nodiscard]] static QList<QStringList> steps(DatabaseUrl::Engine engine);
};

} // namespace server
