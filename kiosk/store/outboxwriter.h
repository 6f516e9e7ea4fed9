// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/database.h"
#include "kiosk/store/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace store {

/// @brief The write side every visitor record shares: its outbox entry, and the short code the
/// visitor is handed. Call inside the record's Database::write so record and entry commit together.
class OutboxWriter
{
public:
    explicit OutboxWriter(Database &db);

    /// Queues `payload` (plus its id and creation time) for the server under `kind`.
    Result<void> enqueue(const QString &id, const QString &kind, QJsonObject payload, const QDateTime &at) const;
    /// A confirmation code for a new row of `table` that no row of any table handing out codes
    /// carries yet (bookings, help and assessment requests, volunteer registrations,
    /// certificate applications), so a code names one thing at this kiosk.
    Result<QString> uniqueCode(const QString &table) const;

private:
    Database &m_db;
};

} // namespace store
