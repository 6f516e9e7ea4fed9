// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QString>
#include <QStringList>

namespace server {

/// @brief Takes the visitor's phone out of a help request's or home assessment request's stored
/// payload once the request is closed (done or cancelled).
///
/// The phone is there for a coordinator to call the visitor while the request is open; once it
/// is closed nobody needs it, and the least personal data is kept (certificate applications lose
/// theirs the same way, on their own row). Every call runs inside the caller's transaction.
class ClosedRequestPhones
{
public:
    explicit ClosedRequestPhones(Database &db) : m_db(db) {}

    /// True for the record kinds whose stored payload carries the visitor's phone.
    [[nodiscard]] static bool holdsPhone(const QString &kind) { return kinds().contains(kind); }
    [[nodiscard]] static const QStringList &kinds();

    /// Forgets the phone of `recordId` if its payload holds one. False only on a storage failure.
    bool forget(const QString &recordId);
    /// Forgets the phones of every closed request that still holds one (databases written before
    /// the rule, or a request closed by a path that wrote the status itself). The number cleared,
    /// or -1 on a storage failure.
    int sweep();

private:
    bool forgetInPayload(const QString &recordId, const QString &payload);

    Database &m_db;
};

} // namespace server
