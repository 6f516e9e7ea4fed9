// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/placekind.h"

namespace core {

QList<PlaceKind> PlaceKinds::all()
{
    return {PlaceKind::Home, PlaceKind::Station, PlaceKind::Listed, PlaceKind::Arrange};
}

QString PlaceKinds::key(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Home: return QStringLiteral("home");
    case PlaceKind::Station: return QStringLiteral("station");
    case PlaceKind::Listed: return QStringLiteral("listed");
    case PlaceKind::Arrange: return QStringLiteral("arrange");
    }
    return {};
}

std::optional<PlaceKind> PlaceKinds::fromKey(QStringView key)
{
    for (PlaceKind kind : all()) {
        if (PlaceKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

LocalizedText PlaceKinds::name(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Home: return {QStringLiteral("在我家"), QStringLiteral("At my home")};
    case PlaceKind::Station: return {QStringLiteral("在这个服务站"), QStringLiteral("At this station")};
    case PlaceKind::Listed: return {QStringLiteral("在医院或其他地方"), QStringLiteral("At a hospital or another place")};
    case PlaceKind::Arrange: return {QStringLiteral("请打电话跟我约"), QStringLiteral("Call me to arrange")};
    }
    return {};
}

} // namespace core
