// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/placekind.h"
#include "core/translatabletext.h"

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

TranslatableText PlaceKinds::name(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Home: return core::TranslatableText::translate("core::PlaceKinds", "At my home");
    case PlaceKind::Station: return core::TranslatableText::translate("core::PlaceKinds", "At this station");
    case PlaceKind::Listed: return core::TranslatableText::translate("core::PlaceKinds", "At a hospital or another place");
    case PlaceKind::Arrange: return core::TranslatableText::translate("core::PlaceKinds", "Call me to arrange");
    }
    return {};
}

} // namespace core
