// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QString>

namespace server {

/// @brief Whose fault a failed statement was: the data it carried, or the storage itself.
///
/// A push answers the two differently: a statement refused for one item's data rejects that
/// item alone (the kiosk parks it and goes on), while a failure of the connection or the
/// server answers 503 for the batch (the kiosk keeps it and tries again later). Anything not
/// known to be the data's fault counts as the storage's, so nothing is parked by mistake.
class StorageError
{
public:
    /// `nativeCode` is QSqlError::nativeErrorCode(): PostgreSQL's SQLSTATE, SQLite's result
    /// code. Data: PostgreSQL classes 22 (data exception: invalid text, value out of range),
    /// 23 (integrity: a constraint) and 54 (a value over a program limit, e.g. an index row);
    /// SQLite SQLITE_TOOBIG, SQLITE_CONSTRAINT and SQLITE_MISMATCH. Everything else (connection 08,
    /// resources 53, operator 57, system 58, locks and serialisation 40, a lost connection with
    /// no code) is the storage's. A syntax error (42601) is the storage's too: Qt's driver
    /// quotes bound values into the statement and a NUL cut one short, but TextCheck refuses
    /// NULs before storage, so what is left is a fault in a statement, which must answer 503
    /// (and be mended) rather than park every item of its kind on the kiosks.
    [[nodiscard]] static bool isCausedByData(DatabaseUrl::Engine engine, const QString &nativeCode);
};

} // namespace server
