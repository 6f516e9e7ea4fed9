// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/store.h"

namespace store {

Store::Store(Database &db, QByteArray stationSecret)
    : m_context(db, std::move(stationSecret))
{
}

void Store::setClock(std::function<QDateTime()> clock)
{
    m_context.setClock(std::move(clock));
}

void Store::setMonotonicClock(std::function<MonotonicReading()> clock)
{
    m_context.setMonotonicClock(std::move(clock));
}

QDateTime Store::now() const
{
    return m_context.now();
}

QString Store::keyFor(QStringView idNumber) const
{
    return m_context.keyFor(idNumber);
}

Result<QString> Store::setting(const QString &key) const
{
    auto value = m_context.database().scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value.ok())
        return value.error();
    return value.value().toString();
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    Database &db = m_context.database();
    return db.write([&]() -> Result<void> {
        auto q = db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<bool> Store::isEmpty() const
{
    auto count = m_context.database().scalar(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM services) + (SELECT COUNT(*) FROM certificates)"));
    if (!count.ok())
        return count.error();
    return count.value().toInt() == 0;
}

} // namespace store
