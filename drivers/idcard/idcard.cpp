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

core::TranslatableText IdCard::typeName(CardType type)
{
    switch (type) {
    case CardType::Resident: return core::TranslatableText::translate("idcard::IdCard", "Resident ID card");
    case CardType::ResidencePermit: return core::TranslatableText::translate("idcard::IdCard", "Hong Kong, Macau and Taiwan residence permit");
    case CardType::ForeignPermanentOld: return core::TranslatableText::translate("idcard::IdCard", "Foreign permanent resident card (old version)");
    case CardType::ForeignPermanent2023: return core::TranslatableText::translate("idcard::IdCard", "Foreign permanent resident ID card (2023)");
    }
    return {};
}

} // namespace idcard
