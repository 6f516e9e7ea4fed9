// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weekavailability.h"

#include <QJsonArray>

namespace core {

namespace {
QString cell(int day, const QString &part)
{
    return QString::number(day) + u':' + part;
}
} // namespace

const QStringList &WeekAvailability::dayKeys()
{
    static const QStringList list{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                  QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return list;
}

const QStringList &WeekAvailability::parts()
{
    static const QStringList list{QStringLiteral("morning"), QStringLiteral("afternoon"), QStringLiteral("evening")};
    return list;
}

void WeekAvailability::set(int day, const QString &part, bool on)
{
    if (day < 1 || day > 7 || !parts().contains(part))
        return;
    if (on)
        m_cells.insert(cell(day, part));
    else
        m_cells.remove(cell(day, part));
}

bool WeekAvailability::has(int day, const QString &part) const
{
    return m_cells.contains(cell(day, part));
}

QJsonObject WeekAvailability::toJson() const
{
    QJsonObject out;
    for (int day = 1; day <= 7; ++day) {
        QJsonArray chosen;
        for (const QString &part : parts()) {
            if (has(day, part))
                chosen.append(part);
        }
        if (!chosen.isEmpty())
            out.insert(dayKeys().at(day - 1), chosen);
    }
    return out;
}

} // namespace core
