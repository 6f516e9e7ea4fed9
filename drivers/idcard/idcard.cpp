// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/idcard.h"

#include "core/masking.h"

using namespace Qt::StringLiterals;

namespace idcard {

bool IdCard::isExpired(QDate today) const
{
    return !longTerm && validTo.isValid() && validTo < today;
}

QString IdCard::maskedIdNumber() const
{
    return core::maskIdNumber(idNumber);
}

QString IdCard::typeCode(CardType type)
{
    switch (type) {
    case CardType::Resident: return u"resident"_s;
    case CardType::ResidencePermit: return u"J"_s;
    case CardType::ForeignPermanentOld: return u"I"_s;
    case CardType::ForeignPermanent2023: return u"Y"_s;
    }
    return {};
}

core::LocalizedText IdCard::typeName(CardType type)
{
    switch (type) {
    case CardType::Resident: return {u"居民身份证"_s, u"Resident ID card"_s};
    case CardType::ResidencePermit: return {u"港澳台居民居住证"_s, u"Hong Kong, Macau and Taiwan residence permit"_s};
    case CardType::ForeignPermanentOld: return {u"外国人永久居留证（旧版）"_s, u"Foreign permanent resident card (old version)"_s};
    case CardType::ForeignPermanent2023: return {u"外国人永久居留身份证（2023版）"_s, u"Foreign permanent resident ID card (2023)"_s};
    }
    return {};
}

} // namespace idcard
