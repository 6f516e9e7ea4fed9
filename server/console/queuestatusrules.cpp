// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuestatusrules.h"

#include "core/applicationstate.h"
#include "core/requeststate.h"

namespace server::console {

QStringList QueueStatusRules::allowedStatuses(const QueueItem &item)
{
    QStringList out;
    switch (item.kind) {
    case QueueKind::Application: {
        const auto from = core::ApplicationStates::fromKey(item.status);
        for (core::ApplicationState to : core::ApplicationStates::all()) {
            if (from && *from != to && core::ApplicationStates::canMove(*from, to))
                out.append(core::ApplicationStates::key(to));
        }
        return out;
    }
    case QueueKind::Booking:
        // The server cannot give a refused booking its place back; staff call and then close it.
        if (item.status == u"refused")
            out.append(QStringLiteral("cancelled"));
        return out;
    default:
        break;
    }
    const auto from = core::RequestStates::fromKey(item.status);
    if (!from || core::RequestStates::isFinal(*from))
        return out;
    for (core::RequestState to : core::RequestStates::all()) {
        if (to == *from)
            continue;
        // A staff call has no volunteer: it is closed from any open state (RecordStore).
        const bool staffCallDone = item.kind == QueueKind::StaffCall && to == core::RequestState::Done;
        if (!staffCallDone && !core::RequestStates::canMove(*from, to))
            continue;
        if (to == core::RequestState::Assigned && (item.kind == QueueKind::Help || item.kind == QueueKind::StaffCall))
            continue;
        out.append(core::RequestStates::key(to));
    }
    return out;
}

bool QueueStatusRules::canAssign(const QueueItem &item)
{
    return item.kind == QueueKind::Help && item.open;
}

bool QueueStatusRules::canCallBack(const QueueItem &item)
{
    return item.open && (item.kind == QueueKind::StaffCall || !item.phone.isEmpty());
}

} // namespace server::console
