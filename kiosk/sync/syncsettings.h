// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

namespace kiosksync {

/// @brief How the kiosk reaches the central server (from the kiosk's INI configuration).
struct SyncSettings
{
    QUrl serverUrl;          ///< e.g. http://127.0.0.1:8765 (behind nginx: https://...)
    QString storePath;       ///< the kiosk's SQLite store file
    QString enrollmentCode;  ///< used once, on the first start, to get the station credential
    /// The station credential, mode 0600, in the configuration directory (the kiosk sets it from
    /// [server] credential_path, else CredentialFile::defaultPath()). Empty: beside the store,
    /// as tests and tools without a configuration directory use it.
    QString credentialPath;
    int batchSize = 100;     ///< outbox items per push
    int intervalMs = 30000;  ///< between rounds while all is well
    int minBackoffMs = 1000; ///< first wait after a failure
    int maxBackoffMs = 300000;
    int requestTimeoutMs = 30000;
    /// While the outbox is empty, a round still sends the station's state (a push without items)
    /// when it changed or this long after the last one the centre took.
    int healthIntervalMs = 5 * 60 * 1000;
    int retentionDays = 30;  ///< delivered visitor records older than this are deleted ([store] retention_days)
    int purgeIntervalMs = 6 * 60 * 60 * 1000; ///< between purges; the first runs at start
    std::function<QDateTime()> clock; ///< the station's "now"; empty: the system clock (tests move it)

    [[nodiscard]] QDateTime now() const { return clock ? clock() : QDateTime::currentDateTime(); }

    [[nodiscard]] QString effectiveCredentialPath() const
    {
        return credentialPath.isEmpty() ? storePath + QStringLiteral(".credential") : credentialPath;
    }
};

} // namespace kiosksync
