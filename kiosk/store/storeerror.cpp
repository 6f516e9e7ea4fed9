// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/storeerror.h"

namespace store {

StoreError StoreError::storage(const QString &detail)
{
    return make(Kind::Storage, core::TranslatableText::translate("store::StoreError",
                "The kiosk could not save or read this just now. Please try again, or ask the staff for help."),
                detail);
}

StoreError StoreError::make(Kind kind, const core::TranslatableText &message, const QString &detail)
{
    return {kind, message, detail};
}

} // namespace store
