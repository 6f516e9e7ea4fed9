// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/textblockwriter.h"

#include "drivers/idcard/cardparser.h"

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

QString date(QDate d)
{
    return d.toString(u"yyyyMMdd"_s);
}

QString validTo(const IdCard &card)
{
    return card.longTerm ? u"长期"_s : date(card.validTo);
}

} // namespace

void TextBlockWriter::put(QByteArray &block, qsizetype offset, qsizetype length, QStringView value)
{
    for (qsizetype i = 0; i < length / 2; ++i) {
        const char16_t c = i < value.size() ? value[i].unicode() : u' ';
        block[offset + 2 * i] = char(c & 0xFF);
        block[offset + 2 * i + 1] = char(c >> 8);
    }
}

QByteArray TextBlockWriter::write(const IdCard &card)
{
    QByteArray block(CardParser::TextSize, '\0');
    put(block, 0, CardParser::TextSize, {}); // all spaces
    switch (card.type) {
    case CardType::Resident:
    case CardType::ResidencePermit:
        put(block, 0, 30, card.name);
        put(block, 30, 2, card.sexCode);
        put(block, 32, 4, card.nationCode);
        put(block, 36, 16, date(card.birthDate));
        put(block, 52, 70, card.address);
        put(block, 122, 36, card.idNumber);
        put(block, 158, 30, card.issuer);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, validTo(card));
        if (card.type == CardType::ResidencePermit) {
            put(block, 220, 18, card.passNumber);
            put(block, 238, 4, card.issueCount);
            put(block, 248, 2, u"J");
        }
        break;
    case CardType::ForeignPermanentOld:
        put(block, 0, 120, card.englishName);
        put(block, 120, 2, card.sexCode);
        put(block, 122, 30, card.idNumber);
        put(block, 152, 6, card.nationality);
        put(block, 158, 30, card.name);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, validTo(card));
        put(block, 220, 16, date(card.birthDate));
        put(block, 236, 4, card.cardVersion);
        put(block, 240, 8, card.issuer);
        put(block, 248, 2, u"I");
        break;
    case CardType::ForeignPermanent2023:
        put(block, 0, 30, card.name);
        put(block, 30, 2, card.sexCode);
        put(block, 32, 4, card.issueCount);
        put(block, 36, 16, date(card.birthDate));
        put(block, 52, 70, QStringView(card.englishName).left(35));
        put(block, 122, 36, card.idNumber);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, validTo(card));
        put(block, 220, 22, QStringView(card.englishName).mid(qMin<qsizetype>(35, card.englishName.size())));
        put(block, 242, 6, card.nationality);
        put(block, 248, 2, u"Y");
        put(block, 250, 6, card.oldPermitLink);
        break;
    }
    return block;
}

} // namespace idcard
