// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitorlanguage.h"

#include "accessibility/visitorsettings.h"

QString VisitorLanguage::current()
{
    return VisitorSettings::instance()->language();
}

core::TranslatableText VisitorLanguage::words(const char *context, const char *source)
{
    return core::TranslatableText::translate(context, source);
}
