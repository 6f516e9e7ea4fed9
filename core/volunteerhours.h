// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace core {

/// @brief Volunteer service time, counted in half-hour steps of time actually served.
///
/// Kept as a whole number of half hours so sums never drift; travel is not service time, so the
/// caller passes the served span (check-in to check-out at the place of service).
class VolunteerHours
{
public:
    constexpr VolunteerHours() = default;
    [[nodiscard]] static constexpr VolunteerHours fromHalfHours(qint64 halfHours) { return VolunteerHours(halfHours); }
    /// Served time rounded down to whole half hours (29 minutes count as nothing, 89 as one
    /// hour); a check-out before the check-in counts nothing.
    [[nodiscard]] static VolunteerHours fromServedTime(const QDateTime &checkIn, const QDateTime &checkOut);
    [[nodiscard]] static VolunteerHours fromMinutes(qint64 minutes);

    [[nodiscard]] constexpr qint64 halfHours() const { return m_halfHours; }
    [[nodiscard]] constexpr double hours() const { return double(m_halfHours) / 2.0; }
    /// "2.5" / "3": how hours are written on a service certificate.
    [[nodiscard]] QString text() const;

    constexpr VolunteerHours operator+(VolunteerHours other) const { return VolunteerHours(m_halfHours + other.m_halfHours); }
    constexpr bool operator==(const VolunteerHours &) const = default;
    constexpr auto operator<=>(const VolunteerHours &) const = default;

private:
    constexpr explicit VolunteerHours(qint64 halfHours) : m_halfHours(halfHours < 0 ? 0 : halfHours) {}
    qint64 m_halfHours = 0;
};

} // namespace core
