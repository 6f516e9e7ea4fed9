// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/idcard.h"

#include <QDate>
#include <QString>

/// @brief The `idcard` tool's plain-text form of a card: one "label: value" line per field.
class CardPrinter
{
public:
    [[nodiscard]] static QString toText(const idcard::IdCard &card, bool fullIdNumber, QDate today);
};
