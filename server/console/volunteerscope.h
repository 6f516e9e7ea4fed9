// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"

#include <QString>
#include <QVariantList>

namespace server::console {

/// @brief Which volunteers a console user may see. A volunteer belongs to the station they
/// registered at (or were imported for) and, once approved at a kiosk, to that station's
/// district: their row reaches every station of the district, whose staff may assign them. So a
/// district sees its stations' volunteers and its district's; a station its own and its
/// district's; the city all of them.
class VolunteerScope
{
public:
    explicit VolunteerScope(const ConsoleScope &scope) : m_scope(scope) {}

    /// SQL condition on the volunteers table under `alias` ("v" -> v.station_id, v.district).
    [[nodiscard]] QString clause(const QString &alias) const;
    /// The values clause() binds, in order.
    [[nodiscard]] QVariantList values() const;

private:
    const ConsoleScope &m_scope;
};

} // namespace server::console
