// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/changespage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace core::wire {

QByteArray ChangesPage::toJson() const
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(c.toJson());
    const QJsonObject o{{QStringLiteral("changes"), array},
                        {QStringLiteral("cursor"), cursor},
                        {QStringLiteral("more"), more}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ChangesPage> ChangesPage::fromJson(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("changes")).isArray() || !o.value(QStringLiteral("cursor")).isString())
        return std::nullopt;
    ChangesPage page;
    for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray()) {
        auto c = Change::fromJson(v.toObject());
        if (!c)
            return std::nullopt;
        page.changes.append(*c);
    }
    page.cursor = o.value(QStringLiteral("cursor")).toString();
    page.more = o.value(QStringLiteral("more")).toBool();
    return page;
}

} // namespace core::wire
