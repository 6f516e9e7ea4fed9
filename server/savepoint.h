// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

namespace server {

/// @brief A part of an open transaction that can be undone alone (SQL SAVEPOINT, the same on
/// SQLite and PostgreSQL): what one pushed item wrote is rolled back when the database refuses
/// its data, and the rest of the batch stays. Neither release() nor rollBack() ends the
/// transaction; without either, the savepoint ends with it.
class Savepoint
{
public:
    /// `name` is a plain SQL identifier chosen by the caller, never data.
    Savepoint(Database &db, const char *name)
        : m_db(db), m_name(QString::fromLatin1(name)), m_open(db.exec(QStringLiteral("SAVEPOINT ") + m_name).has_value())
    {
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    /// Keeps what was written since the savepoint, as part of the transaction.
    bool release()
    {
        m_open = false;
        return m_db.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name).has_value();
    }
    /// Undoes what was written since the savepoint; on PostgreSQL this also clears the failed
    /// state a refused statement leaves, so the transaction goes on.
    bool rollBack()
    {
        m_open = false;
        return m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name).has_value()
            && m_db.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name).has_value();
    }

private:
    Database &m_db;
    QString m_name;
    bool m_open;
};

} // namespace server
