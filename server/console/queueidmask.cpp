// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueidmask.h"

#include "core/masking.h"
#include "server/certificateregistry.h"

namespace server::console {

QJsonValue QueueIdMask::of(Database &db, const QueueItem &item)
{
    if (!item.idNumberMasked.isEmpty())
        return item.idNumberMasked;
    if (item.visitorKey.isEmpty() || item.kind == QueueKind::StaffCall)
        return QJsonValue::Null;
    const QString idNumber = CertificateRegistry(db).idNumberForKey(item.stationId, item.visitorKey);
    if (idNumber.isEmpty())
        return QJsonValue::Null;
    return core::maskIdNumber(idNumber);
}

} // namespace server::console
