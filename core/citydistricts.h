// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QString>

namespace core {

/// @brief A district a certificate can move to: its 6-digit area code and its name.
struct CityDistrict
{
    QString code; ///< "120101", or CityDistricts::kOutsideCity
    TranslatableText name;
};

/// @brief The 16 districts of Tianjin with their area codes, and "outside Tianjin", in the
/// order of the codes (outside last): the list a visitor moving a certificate picks from.
class CityDistricts
{
public:
    static constexpr const char *kOutsideCity = "outside_city";

    [[nodiscard]] static QList<CityDistrict> all();
    /// The district's name; empty for an unknown code.
    [[nodiscard]] static TranslatableText name(const QString &code);
    [[nodiscard]] static bool isKnown(const QString &code);
};

} // namespace core
