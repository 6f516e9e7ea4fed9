// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

namespace server {

/// @brief Scope guard for a write transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_open(db.begin()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    Database &m_db;
    bool m_open;
};

} // namespace server
