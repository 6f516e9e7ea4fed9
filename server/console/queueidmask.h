// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/queueitem.h"

#include <QJsonValue>

namespace server {
class Database;
}

namespace server::console {

/// @brief The masked ID number a coordinator sees ("120101********0016"), or null.
///
/// An application carries its own masked number. A help or assessment request or a booking
/// names the visitor only by the key of their card at that station: the server has a number
/// for it only when it sent that station the certificate under that key (certificate_keys,
/// kept by CertificateRegistry). The number is opened only to be masked here; the whole
/// number never leaves this function.
class QueueIdMask
{
public:
    [[nodiscard]] static QJsonValue of(Database &db, const QueueItem &item);
};

} // namespace server::console
