// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardjson.h"

using namespace Qt::StringLiterals;
using idcard::CardType;

namespace {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject CardJson::toJson(const idcard::IdCard &card, bool fullIdNumber, QDate today)
{
    QJsonObject o;
    o[u"type"_s] = idcard::IdCard::typeCode(card.type);
    o[u"name"_s] = card.name;
    o[u"sex"_s] = card.sex.english();
    o[u"sex_code"_s] = card.sexCode;
    o[u"birth"_s] = isoDate(card.birthDate);
    o[u"id_number"_s] = fullIdNumber ? card.idNumber : card.maskedIdNumber();
    o[u"id_number_valid"_s] = card.idNumberValid;
    o[u"issuer"_s] = card.issuer;
    o[u"valid_from"_s] = isoDate(card.validFrom);
    o[u"valid_to"_s] = card.longTerm ? u"long-term"_s : isoDate(card.validTo);
    o[u"expired"_s] = card.isExpired(today);
    o[u"nation"_s] = card.nation.zh;
    o[u"nation_en"_s] = card.nation.en;
    o[u"nation_code"_s] = card.nationCode;
    o[u"address"_s] = card.address;
    switch (card.type) {
    case CardType::Resident:
        break;
    case CardType::ResidencePermit:
        o[u"pass_number"_s] = card.passNumber;
        o[u"issue_count"_s] = card.issueCount;
        break;
    case CardType::ForeignPermanentOld:
        o[u"english_name"_s] = card.englishName;
        o[u"nationality"_s] = card.nationality;
        o[u"card_version"_s] = card.cardVersion;
        o[u"issuing_office"_s] = card.issuer;
        break;
    case CardType::ForeignPermanent2023:
        o[u"english_name"_s] = card.englishName;
        o[u"nationality"_s] = card.nationality;
        o[u"renewal_count"_s] = card.issueCount;
        o[u"old_permit_link"_s] = card.oldPermitLink;
        break;
    }
    return o;
}
