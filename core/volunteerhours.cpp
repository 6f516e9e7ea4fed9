// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/volunteerhours.h"

namespace core {

VolunteerHours VolunteerHours::fromMinutes(qint64 minutes)
{
    return VolunteerHours(minutes <= 0 ? 0 : minutes / 30);
}

VolunteerHours VolunteerHours::fromServedTime(const QDateTime &checkIn, const QDateTime &checkOut)
{
    if (!checkIn.isValid() || !checkOut.isValid())
        return {};
    return fromMinutes(checkIn.secsTo(checkOut) / 60);
}

QString VolunteerHours::text() const
{
    return m_halfHours % 2 == 0 ? QString::number(m_halfHours / 2) : QString::number(m_halfHours / 2) + QStringLiteral(".5");
}

} // namespace core
