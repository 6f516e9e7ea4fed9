// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"

#include <QDate>
#include <QJsonObject>

/// @brief The `idcard` tool's JSON form of a card (`read --json`, `decode --json`).
class CardJson
{
public:
    /// Keys: type, name, sex, nation, birth, address, id_number, issuer, valid_from, valid_to
    /// (or "long-term"), expired, id_number_valid, and each card type's own fields. The ID
    /// number is masked unless `fullIdNumber`.
    [[nodiscard]] static QJsonObject toJson(const idcard::IdCard &card, bool fullIdNumber, QDate today);
};
