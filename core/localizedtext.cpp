// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localizedtext.h"

namespace core {

QString LocalizedText::in(QStringView language) const
{
    return language.startsWith(u"en") ? en : zh;
}

} // namespace core
