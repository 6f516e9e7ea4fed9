// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/taskname.h"

namespace store {

core::TranslatableText TaskName::stationDuty()
{
    return core::TranslatableText::translate("store::TaskName", "Station duty");
}

QString TaskName::in(const core::LocalizedText &title, QStringView language)
{
    const QString shown = title.in(language);
    return shown.isEmpty() ? stationDuty().in(language) : shown;
}

} // namespace store
