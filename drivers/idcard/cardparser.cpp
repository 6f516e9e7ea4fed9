// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/cardparser.h"

#include "drivers/idcard/nationtable.h"

#include "core/idnumber.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

bool fail(ReaderError *error, const QString &why)
{
    if (error)
        *error = ReaderError(ReaderError::Kind::Malformed, why);
    return false;
}

QDate parseDate(const QString &text)
{
    if (text.size() != 8)
        return {};
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 0x7F)
            return {};
    }
    return QDate::fromString(text, u"yyyyMMdd"_s);
}

core::TranslatableText sexText(const QString &code)
{
    if (code == u"1")
        return core::TranslatableText::translate("idcard::CardParser", "male");
    if (code == u"2")
        return core::TranslatableText::translate("idcard::CardParser", "female");
    if (code == u"9")
        return core::TranslatableText::translate("idcard::CardParser", "unstated");
    return core::TranslatableText::translate("idcard::CardParser", "unknown");
}

quint16 lengthAt(QByteArrayView data, qsizetype offset)
{
    return qFromBigEndian<quint16>(data.data() + offset);
}

// Birth date, validity and the sex code: the checks every card type shares.
bool checkCommon(IdCard &card, const QString &birth, const QString &from, const QString &to,
                 ReaderError *error)
{
    card.birthDate = parseDate(birth);
    if (!card.birthDate.isValid())
        return fail(error, u"birth date is not a date"_s);
    card.validFrom = parseDate(from);
    if (!card.validFrom.isValid())
        return fail(error, u"valid-from is not a date"_s);
    if (to == u"长期") {
        card.longTerm = true;
    } else {
        card.validTo = parseDate(to);
        if (!card.validTo.isValid())
            return fail(error, u"valid-to is neither a date nor long-term"_s);
        if (card.validTo < card.validFrom)
            return fail(error, u"valid-to is before valid-from"_s);
    }
    card.sex = sexText(card.sexCode);
    return true;
}

} // namespace

QString CardParser::field(QByteArrayView text, qsizetype offset, qsizetype length)
{
    if (offset < 0 || length < 0 || offset + length > text.size())
        return {};
    QString s;
    s.reserve(length / 2);
    for (qsizetype i = offset; i + 1 < offset + length; i += 2)
        s.append(QChar(qFromLittleEndian<quint16>(text.data() + i)));
    // Fields are padded with spaces; some firmware pads with NUL instead.
    qsizetype end = s.size();
    while (end > 0 && (s[end - 1] == u' ' || s[end - 1] == QChar(0)))
        --end;
    qsizetype begin = 0;
    while (begin < end && (s[begin] == u' ' || s[begin] == QChar(0)))
        ++begin;
    return s.mid(begin, end - begin);
}

std::optional<IdCard> CardParser::parseText(QByteArrayView text, ReaderError *error)
{
    if (text.size() != TextSize) {
        fail(error, u"text block is %1 bytes, not 256"_s.arg(text.size()));
        return std::nullopt;
    }
    IdCard card;
    const QString marker = field(text, 248, 2);
    if (marker.isEmpty())
        card.type = CardType::Resident;
    else if (marker == u"J")
        card.type = CardType::ResidencePermit;
    else if (marker == u"I")
        card.type = CardType::ForeignPermanentOld;
    else if (marker == u"Y")
        card.type = CardType::ForeignPermanent2023;
    else {
        fail(error, u"unknown card type marker"_s);
        return std::nullopt;
    }

    bool ok = false;
    switch (card.type) {
    case CardType::Resident:
    case CardType::ResidencePermit:
        card.name = field(text, 0, 30);
        card.sexCode = field(text, 30, 2);
        card.nationCode = field(text, 32, 4);
        card.nation = NationTable::name(card.nationCode);
        card.address = field(text, 52, 70);
        card.idNumber = field(text, 122, 36);
        card.issuer = field(text, 158, 30);
        if (card.type == CardType::ResidencePermit) {
            card.passNumber = field(text, 220, 18);
            card.issueCount = field(text, 238, 4);
        }
        ok = checkCommon(card, field(text, 36, 16), field(text, 188, 16), field(text, 204, 16), error);
        break;
    case CardType::ForeignPermanentOld:
        card.englishName = field(text, 0, 120);
        card.sexCode = field(text, 120, 2);
        card.idNumber = field(text, 122, 30);
        card.nationality = field(text, 152, 6);
        card.name = field(text, 158, 30);
        card.cardVersion = field(text, 236, 4);
        card.issuer = field(text, 240, 8);
        ok = checkCommon(card, field(text, 220, 16), field(text, 188, 16), field(text, 204, 16), error);
        break;
    case CardType::ForeignPermanent2023: {
        card.name = field(text, 0, 30);
        card.sexCode = field(text, 30, 2);
        card.issueCount = field(text, 32, 4);
        // The English name runs on from 52/70 into 220/22: join before trimming.
        const QByteArray english = text.sliced(52, 70).toByteArray() + text.sliced(220, 22).toByteArray();
        card.englishName = field(english, 0, english.size()).simplified();
        card.idNumber = field(text, 122, 36);
        card.nationality = field(text, 242, 6);
        card.oldPermitLink = field(text, 250, 6);
        ok = checkCommon(card, field(text, 36, 16), field(text, 188, 16), field(text, 204, 16), error);
        break;
    }
    }
    if (!ok)
        return std::nullopt;

    if (card.type != CardType::ForeignPermanentOld) {
        const auto info = core::IdNumber::parse(card.idNumber);
        // An 18-character number whose check character is wrong is reported, not hidden:
        // staff see it, and the kiosk does not look anybody up with it.
        card.idNumberValid = info.has_value() && card.idNumber.size() == 18;
    }
    return card;
}

std::optional<IdCard> CardParser::parseReadData(QByteArrayView data, ReaderError *error)
{
    if (data.size() < 4) {
        fail(error, u"read answer too short"_s);
        return std::nullopt;
    }
    const qsizetype text = lengthAt(data, 0);
    const qsizetype photo = lengthAt(data, 2);
    qsizetype textOffset = -1;
    if (data.size() >= 6 && 6 + text + photo + lengthAt(data, 4) == data.size())
        textOffset = 6; // 30 10: text, photo, fingerprint
    else if (4 + text + photo == data.size())
        textOffset = 4; // 30 01: text, photo
    if (textOffset < 0) {
        fail(error, u"read answer lengths do not add up"_s);
        return std::nullopt;
    }
    if (text != TextSize) {
        fail(error, u"text block is %1 bytes, not 256"_s.arg(text));
        return std::nullopt;
    }
    return parseText(data.sliced(textOffset, text), error);
}

} // namespace idcard
