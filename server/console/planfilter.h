// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/consolescope.h"

#include <QDate>
#include <QString>
#include <QUrlQuery>
#include <QVariantList>
#include <optional>

namespace server::console {

/// @brief Which part of the plan's figures a request asks for: the months (from, to), a district,
/// a station, always within the user's ConsoleScope. It writes the SQL conditions the figures'
/// queries share, so a filter means the same for person-times and for volunteers.
class PlanFilter
{
public:
    /// A condition and the values it binds, in order.
    struct Sql
    {
        QString condition;
        QVariantList values;
        Sql &also(const Sql &more);
    };

    /// From the request's from=YYYY-MM, to=YYYY-MM, district= and station=; nullopt with the
    /// field and the reason when a value is malformed or the span is not a span.
    [[nodiscard]] static std::optional<PlanFilter> fromQuery(const QUrlQuery &query, const ConsoleScope &scope,
                                                             QString *field, QString *problem);

    /// On a stations row aliased `s`: within the scope and the district and station asked for.
    [[nodiscard]] Sql stations(const QString &s = QStringLiteral("s")) const;
    /// On a volunteers row `v` LEFT JOINed to its station `s`: a volunteer belongs to their
    /// station, or (without one) to the district they registered in.
    [[nodiscard]] Sql volunteers() const;
    /// A column of ms since the epoch within the months asked for ("1=1" without from and to).
    [[nodiscard]] Sql period(const QString &msColumn) const;
    /// Where the window of "active" ends: the end of the `to` month, or nullopt for now.
    [[nodiscard]] std::optional<qint64> periodEndMs() const;

    [[nodiscard]] const std::optional<QDate> &from() const { return m_from; }
    [[nodiscard]] const std::optional<QDate> &to() const { return m_to; }
    [[nodiscard]] const QString &district() const { return m_district; }
    [[nodiscard]] const QString &station() const { return m_station; }
    /// The filter in plain words for the audit ("months 2026-09 to 2026-11, district 河西区").
    [[nodiscard]] QString describe() const;

    /// The longest span a request may ask for, in months (ten years).
    static constexpr int maxMonths = 120;

private:
    explicit PlanFilter(const ConsoleScope &scope) : m_scope(scope) {}

    ConsoleScope m_scope;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    QString m_district;
    QString m_station;
};

} // namespace server::console
