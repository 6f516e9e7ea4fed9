// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/console/queueitem.h"

#include <QStringList>

namespace server::console {

/// @brief What a coordinator may do with an item next, by its desk's own rules: the statuses
/// it may move to (core::RequestStates, core::ApplicationStates; a refused booking may only be
/// cancelled), whether a volunteer can be assigned and whether "called back" can be noted.
class QueueStatusRules
{
public:
    /// The statuses POST .../status accepts for the item now (empty once it is closed).
    /// A help request's "assigned" is not among them: assigning a volunteer makes it.
    [[nodiscard]] static QStringList allowedStatuses(const QueueItem &item);
    /// A help request not done or cancelled.
    [[nodiscard]] static bool canAssign(const QueueItem &item);
    /// An open item whose visitor can be called (a phone is kept), or an open staff call.
    [[nodiscard]] static bool canCallBack(const QueueItem &item);
};

} // namespace server::console
