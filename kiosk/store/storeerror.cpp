// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/storeerror.h"

namespace store {

StoreError StoreError::storage(const QString &detail)
{
    return make(Kind::Storage, "暂时无法保存或读取，请稍后再试，或请工作人员帮忙。",
                "The kiosk could not save or read this just now. Please try again, or ask the staff for help.",
                detail);
}

StoreError StoreError::make(Kind kind, const char *zh, const char *en, const QString &detail)
{
    return {kind, {QString::fromUtf8(zh), QString::fromUtf8(en)}, detail};
}

} // namespace store
