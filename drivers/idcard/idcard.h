// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace idcard {

/// The kinds of card the reader returns, told apart by the marker at offset 248.
enum class CardType {
    Resident,              ///< resident ID card (no marker)
    ResidencePermit,       ///< 'J': Hong Kong / Macau / Taiwan residence permit
    ForeignPermanentOld,   ///< 'I': foreign permanent resident card, older version
    ForeignPermanent2023,  ///< 'Y': foreign permanent resident card, 2023 version
};

/// @brief One card as read from the reader: a value that crosses threads by queued signal.
///
/// It lives in memory only for a visitor's session; the photo is never part of it. Fields a
/// card type does not have stay empty. Never log it: use maskedIdNumber() in logs.
struct IdCard
{
    CardType type = CardType::Resident;
    QString name;          ///< Chinese name (for 'I' and 'Y' the Chinese name, may be empty)
    QString englishName;   ///< 'I' and 'Y' cards
    QString sexCode;       ///< GB/T 2261.1: "1" male, "2" female, "0" unknown, "9" unstated
    core::TranslatableText sex;
    QString nationCode;    ///< GB 3304, resident and 'J' cards
    core::LocalizedText nation;
    QDate birthDate;
    QString address;       ///< resident and 'J' cards
    QString idNumber;      ///< 18 characters; for 'I' cards the 15-character permit number
    bool idNumberValid = false; ///< GB 11643 check character (false for 'I' permit numbers)
    QString issuer;        ///< issuing authority; for 'I' cards the issuing office code
    QDate validFrom;
    QDate validTo;         ///< null when longTerm
    bool longTerm = false; ///< 长期: no expiry
    QString passNumber;    ///< 'J': number of the travel permit
    QString issueCount;    ///< 'J': issue count; 'Y': renewal count
    QString nationality;   ///< 'I' and 'Y': ISO 3166 alpha-3
    QString cardVersion;   ///< 'I'
    QString oldPermitLink; ///< 'Y': link to the old permit number

    /// Expired on `today` (a long-term card never expires).
    [[nodiscard]] bool isExpired(QDate today) const;
    /// For logs and staff screens: first 6 and last 4 characters at most.
    [[nodiscard]] QString maskedIdNumber() const;
    /// "resident", "J", "I" or "Y".
    [[nodiscard]] static QString typeCode(CardType type);
    /// Plain names of the card type in zh and en.
    [[nodiscard]] static core::TranslatableText typeName(CardType type);

    bool operator==(const IdCard &) const = default;
};

} // namespace idcard

Q_DECLARE_METATYPE(idcard::IdCard)
