// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/linebreaks.h"

#include "accessibility/linebreaking.h"

QString LineBreaks::kept(const QString &text) const
{
    return LineBreaking::keepTogether(text);
}

QString LineBreaks::plain(const QString &text) const
{
    return LineBreaking::withoutJoiners(text);
}
