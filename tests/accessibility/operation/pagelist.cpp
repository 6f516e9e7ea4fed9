// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelist.h"

#include "kiosk/commandline.h"

#include <QRegularExpression>

QStringList PageList::all()
{
    // The command line names every page when asked for one that does not exist; reading that
    // keeps the audit in step with every page added later.
    QString help;
    const CommandLine parsed = CommandLine::parse({QStringLiteral("kiosk"), QStringLiteral("--page=no-such-page")}, &help);
    static const QRegularExpression list(QStringLiteral("choose one of: (.*)$"));
    for (const QString &error : parsed.errors) {
        const QRegularExpressionMatch match = list.match(error);
        if (match.hasMatch())
            return match.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    }
    return {};
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
