// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/volunteernumbers.h"

#include <QRegularExpression>

namespace server {

namespace {
QString settingKey(const QString &district)
{
    return district.isEmpty() ? QStringLiteral("volunteer_number_prefix")
                              : QStringLiteral("volunteer_number_prefix.") + district;
}
} // namespace

QString VolunteerNumbers::prefixFor(const QString &district)
{
    for (const QString &key : {settingKey(district), settingKey({})}) {
        const QVariant value = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        if (value.isValid() && !value.toString().isEmpty())
            return value.toString();
    }
    return defaultPrefix;
}

bool VolunteerNumbers::setPrefix(const QString &district, const QString &prefix, QString *problem)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{2,6}$"));
    if (!shape.match(prefix).hasMatch()) {
        if (problem)
            *problem = QStringLiteral("--prefix: 2 to 6 capital letters or digits, like TJ or TJHP");
        return false;
    }
    return m_db
        .exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {settingKey(district), prefix})
        .has_value();
}

std::optional<QString> VolunteerNumbers::next(const QString &prefix)
{
    if (!m_db.exec(QStringLiteral("INSERT INTO volunteer_numbers (prefix, last_number) VALUES (?, 0)"
                                  " ON CONFLICT (prefix) DO NOTHING"),
                   {prefix}))
        return std::nullopt;
    for (;;) {
        // The row lock (PostgreSQL) or the write lock (SQLite) is held until the approval
        // commits: the next approver waits and reads the committed number.
        const QVariant n = m_db.scalar(QStringLiteral("UPDATE volunteer_numbers SET last_number = last_number + 1"
                                                      " WHERE prefix = ? RETURNING last_number"),
                                       {prefix});
        if (!n.isValid())
            return std::nullopt;
        const QString number = format(prefix, n.toLongLong());
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM volunteers WHERE id = ?"), {number}).isValid())
            return number;
    }
}

QString VolunteerNumbers::format(const QString &prefix, qint64 n)
{
    return QStringLiteral("%1-V-%2").arg(prefix).arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace server
