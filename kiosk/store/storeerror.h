// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

namespace store {

/// @brief Why a store call failed: plain words for the visitor or staff, and a technical
/// detail for the log (never personal data: values are bound, never spliced into SQL).
struct StoreError
{
    enum class Kind {
        Storage,     ///< the disk or database failed; retrying later may help
        Invalid,     ///< the caller's input was refused (bad ID number, stars out of range ...)
        NotFound,    ///< no such slot, volunteer or request
        Full,        ///< the slot has no free places left
        AlreadyDone, ///< already checked in, already rated ...
        TooNew,      ///< the file was written by a newer kiosk version
    };

    Kind kind = Kind::Storage;
    core::TranslatableText message;
    QString detail;

    static StoreError storage(const QString &detail);
    static StoreError make(Kind kind, const core::TranslatableText &message, const QString &detail = {});
};

} // namespace store
