// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/citydistricts.h"

namespace core {

QList<CityDistrict> CityDistricts::all()
{
    // The area codes of GB/T 2260 for Tianjin's districts.
    using T = TranslatableText;
    static const QList<CityDistrict> list{
        {QStringLiteral("120101"), T::translate("core::CityDistricts", "Heping District")},
        {QStringLiteral("120102"), T::translate("core::CityDistricts", "Hedong District")},
        {QStringLiteral("120103"), T::translate("core::CityDistricts", "Hexi District")},
        {QStringLiteral("120104"), T::translate("core::CityDistricts", "Nankai District")},
        {QStringLiteral("120105"), T::translate("core::CityDistricts", "Hebei District")},
        {QStringLiteral("120106"), T::translate("core::CityDistricts", "Hongqiao District")},
        {QStringLiteral("120110"), T::translate("core::CityDistricts", "Dongli District")},
        {QStringLiteral("120111"), T::translate("core::CityDistricts", "Xiqing District")},
        {QStringLiteral("120112"), T::translate("core::CityDistricts", "Jinnan District")},
        {QStringLiteral("120113"), T::translate("core::CityDistricts", "Beichen District")},
        {QStringLiteral("120114"), T::translate("core::CityDistricts", "Wuqing District")},
        {QStringLiteral("120115"), T::translate("core::CityDistricts", "Baodi District")},
        {QStringLiteral("120116"), T::translate("core::CityDistricts", "Binhai New Area")},
        {QStringLiteral("120117"), T::translate("core::CityDistricts", "Ninghe District")},
        {QStringLiteral("120118"), T::translate("core::CityDistricts", "Jinghai District")},
        {QStringLiteral("120119"), T::translate("core::CityDistricts", "Jizhou District")},
        {QString::fromLatin1(kOutsideCity), T::translate("core::CityDistricts", "Outside Tianjin")},
    };
    return list;
}

TranslatableText CityDistricts::name(const QString &code)
{
    for (const CityDistrict &district : all()) {
        if (district.code == code)
            return district.name;
    }
    return {};
}

bool CityDistricts::isKnown(const QString &code)
{
    return !name(code).isEmpty();
}

} // namespace core
