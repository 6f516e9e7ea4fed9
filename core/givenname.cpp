// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/givenname.h"

#include <QStringList>

namespace core {

namespace {

// The two-character surnames common enough to meet at a station; any other name's surname is
// its first character.
const QStringList &compoundSurnames()
{
    static const QStringList list{
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
        QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
        QStringLiteral("慕容"), QStringLiteral("令狐"), QStringLiteral("夏侯"), QStringLiteral("司徒"),
        QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("独孤"), QStringLiteral("端木"),
    };
    return list;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

} // namespace

QString GivenName::of(const QString &fullName)
{
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return {};
    if (isHan(name.at(0))) {
        QString compact = name;
        compact.remove(u' ');
        compact.remove(u'·');
        for (const QString &surname : compoundSurnames()) {
            if (compact.startsWith(surname) && compact.size() > surname.size())
                return compact.mid(surname.size());
        }
        return compact.size() > 1 ? compact.mid(1) : compact;
    }
    // Latin script as registered here: family name first ("Li Ming"); one word stays as it is.
    const QStringList words = name.split(u' ');
    return words.size() > 1 ? words.mid(1).join(u' ') : name;
}

} // namespace core
