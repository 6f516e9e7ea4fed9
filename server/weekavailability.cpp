// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/weekavailability.h"

#include <QJsonArray>

namespace server {

namespace {
const QStringList &parts()
{
    static const QStringList list{QStringLiteral("morning"), QStringLiteral("afternoon"), QStringLiteral("evening")};
    return list;
}
} // namespace

const QStringList &WeekAvailability::days()
{
    static const QStringList list{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                  QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return list;
}

std::optional<QJsonObject> WeekAvailability::read(const QJsonValue &value, QString *problem)
{
    if (!value.isObject()) {
        *problem = QStringLiteral("availability: a week grid like {\"mon\": [\"morning\"]}");
        return std::nullopt;
    }
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!days().contains(it.key())) {
            *problem = QStringLiteral("availability: unknown day \"%1\" (mon..sun)").arg(it.key().left(20));
            return std::nullopt;
        }
    }
    QJsonObject out;
    for (const QString &day : days()) {
        if (!in.contains(day))
            continue;
        if (!in.value(day).isArray()) {
            *problem = QStringLiteral("availability.%1: a list of morning, afternoon, evening").arg(day);
            return std::nullopt;
        }
        QJsonArray chosen;
        const QJsonArray given = in.value(day).toArray();
        for (const QString &part : parts()) {
            if (given.contains(part))
                chosen.append(part);
        }
        for (const QJsonValue &v : given) {
            if (!parts().contains(v.toString())) {
                *problem = QStringLiteral("availability.%1: unknown part of the day \"%2\"").arg(day, v.toString().left(20));
                return std::nullopt;
            }
        }
        if (!chosen.isEmpty())
            out.insert(day, chosen);
    }
    if (out.isEmpty()) {
        *problem = QStringLiteral("availability: no time at all is chosen");
        return std::nullopt;
    }
    return out;
}

QStringList WeekAvailability::dayParts(const QJsonObject &grid)
{
    QStringList out;
    for (const QString &part : parts()) {
        for (const QJsonValue &day : grid) {
            if (day.toArray().contains(part)) {
                out.append(part);
                break;
            }
        }
    }
    return out;
}

} // namespace server
