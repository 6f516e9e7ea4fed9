// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storageerror.h"

namespace server {

bool StorageError::isCausedByData(DatabaseUrl::Engine engine, const QString &nativeCode)
{
    if (engine == DatabaseUrl::Engine::Postgres) {
        if (nativeCode.size() != 5)
            return false;
        return nativeCode.startsWith(u"22") || nativeCode.startsWith(u"23") || nativeCode.startsWith(u"54");
    }
    bool ok = false;
    // An extended result code carries the primary one in its low byte.
    const int primary = nativeCode.toInt(&ok) & 0xff;
    if (!ok)
        return false;
    constexpr int sqliteTooBig = 18, sqliteConstraint = 19, sqliteMismatch = 20;
    return primary == sqliteTooBig || primary == sqliteConstraint || primary == sqliteMismatch;
}

} // namespace server
