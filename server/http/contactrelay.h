// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <mutex>

namespace server {

/// @brief Stations seen by the read workers, handed to the write workers to be written.
///
/// A read worker must never write: while another process holds SQLite's write lock, one
/// contact update on a read worker would stall every read behind it. So reads only note the
/// station here, and a write worker writes the contacts with its own (StationRegistry::touch).
class ContactRelay
{
public:
    void note(const QString &stationId)
    {
        const std::lock_guard lock(m_mutex);
        m_seen.insert(stationId);
    }
    /// The stations noted since the last take.
    [[nodiscard]] QSet<QString> take()
    {
        const std::lock_guard lock(m_mutex);
        QSet<QString> seen;
        seen.swap(m_seen);
        return seen;
    }

private:
    std::mutex m_mutex;
    QSet<QString> m_seen;
};

} // namespace server
