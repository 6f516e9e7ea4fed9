// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/demoidentities.h"

#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/textblockwriter.h"

#include "core/idnumber.h"

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

QString withCheck(const QString &first17)
{
    return first17 + core::IdNumber::checkCharacter(first17);
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QList<IdCard> sources()
{
    QList<IdCard> cards;

    IdCard a;
    a.name = u"王建国"_s;
    a.sexCode = u"1"_s;
    a.nationCode = u"01"_s;
    a.birthDate = d(1958, 3, 7);
    a.address = u"北京市东城区和平里街道示例路1号"_s;
    a.idNumber = withCheck(u"11010119580307123"_s);
    a.issuer = u"北京市公安局东城分局"_s;
    a.validFrom = d(2015, 6, 1);
    a.longTerm = true;
    cards << a;

    IdCard b;
    b.name = u"李秀英"_s;
    b.sexCode = u"2"_s;
    b.nationCode = u"03"_s;
    b.birthDate = d(1985, 6, 12);
    b.address = u"江苏省南京市玄武区示例街道12号3单元401室"_s;
    b.idNumber = withCheck(u"32010219850612046"_s);
    b.issuer = u"南京市公安局玄武分局"_s;
    b.validFrom = d(2020, 9, 1);
    b.validTo = d(2040, 9, 1);
    cards << b;

    IdCard c;
    c.name = u"张伟"_s;
    c.sexCode = u"1"_s;
    c.nationCode = u"02"_s;
    c.birthDate = d(1970, 1, 1);
    c.address = u"内蒙古自治区呼和浩特市新城区示例路8号"_s;
    c.idNumber = withCheck(u"15010219700101015"_s);
    c.issuer = u"呼和浩特市公安局新城分局"_s;
    c.validFrom = d(2000, 5, 1);
    c.validTo = d(2020, 5, 1); // expired on purpose
    cards << c;

    IdCard j;
    j.type = CardType::ResidencePermit;
    j.name = u"陈嘉欣"_s;
    j.sexCode = u"2"_s;
    j.birthDate = d(1992, 8, 15);
    j.address = u"广东省深圳市福田区示例大道88号"_s;
    j.idNumber = withCheck(u"81000019920815002"_s);
    j.issuer = u"深圳市公安局"_s;
    j.validFrom = d(2021, 3, 1);
    j.validTo = d(2026, 12, 31);
    j.passNumber = u"H12345678"_s;
    j.issueCount = u"01"_s;
    cards << j;

    IdCard i;
    i.type = CardType::ForeignPermanentOld;
    i.englishName = u"SMITH, JOHN"_s;
    i.sexCode = u"1"_s;
    i.idNumber = u"USA310085030101"_s;
    i.nationality = u"USA"_s;
    i.name = u"约翰史密斯"_s;
    i.validFrom = d(2016, 4, 1);
    i.validTo = d(2029, 4, 1);
    i.birthDate = d(1985, 3, 1);
    i.cardVersion = u"01"_s;
    i.issuer = u"3100"_s;
    cards << i;

    IdCard y;
    y.type = CardType::ForeignPermanent2023;
    y.name = u"玛丽亚"_s;
    y.sexCode = u"2"_s;
    y.issueCount = u"00"_s;
    y.birthDate = d(1990, 5, 24);
    y.englishName = u"GARCIA MARTINEZ, MARIA ALEJANDRA FERNANDA"_s; // runs into the second slot
    y.idNumber = withCheck(u"93172419900524002"_s);
    y.validFrom = d(2024, 1, 10);
    y.validTo = d(2034, 1, 10);
    y.nationality = u"ESP"_s;
    cards << y;

    return cards;
}

} // namespace

QList<IdCard> DemoIdentities::all()
{
    QList<IdCard> cards;
    for (const IdCard &source : sources()) {
        if (auto card = CardParser::parseText(TextBlockWriter::write(source)))
            cards << *card;
    }
    return cards;
}

QList<core::LocalizedText> DemoIdentities::labels()
{
    return {
        {u"居民身份证（长期）"_s, u"Resident card, long-term"_s},
        {u"居民身份证（女）"_s, u"Resident card, female"_s},
        {u"居民身份证（已过期）"_s, u"Resident card, expired"_s},
        {u"港澳台居民居住证"_s, u"Hong Kong/Macau/Taiwan residence permit"_s},
        {u"外国人永久居留证（旧版）"_s, u"Foreign permanent resident card (old)"_s},
        {u"外国人永久居留身份证（2023版）"_s, u"Foreign permanent resident ID card (2023)"_s},
    };
}

} // namespace idcard
