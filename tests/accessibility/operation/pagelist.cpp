// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelist.h"

#include "kiosk/commandline.h"

QStringList PageList::all()
{
    // The pages `kiosk --page` knows: the audit keeps in step with every page added later.
    return CommandLine::pageNames();
}

bool PageList::isStaffPage(const QString &page)
{
    return page.startsWith(u"staff");
}

QStringList PageList::visitorPages()
{
    QStringList pages;
    for (const QString &page : all())
        if (page != u"attract" && !isStaffPage(page))
            pages << page;
    return pages;
}
