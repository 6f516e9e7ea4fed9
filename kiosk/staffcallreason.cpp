// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/staffcallreason.h"

core::TranslatableText StaffCallReason::words(const QString &key)
{
    using core::TranslatableText;
    if (key == u"help_at_kiosk")
        return TranslatableText::translate("StaffCallReason", "Help at the kiosk (the Call staff button)");
    if (key == u"certificate_appeal")
        return TranslatableText::translate("StaffCallReason", "Appeal of a certificate decision (the certificate page)");
    // A key from a newer page or an older kiosk: staff still see that someone called.
    return TranslatableText::translate("StaffCallReason", "Help (reason code %1)").arg(key);
}
