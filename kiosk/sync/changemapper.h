// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/changespage.h"
#include "kiosk/store/changeset.h"

namespace kiosksync {

/// @brief Turns a page of the server's change feed into the store's ChangeSet.
///
/// Entities the kiosk does not know (a newer server) and rows with values it cannot read are
/// skipped, never fatal: the cursor still moves on, as the server has nothing else to send.
class ChangeMapper
{
public:
    [[nodiscard]] static store::ChangeSet map(const core::wire::ChangesPage &page, int *skipped = nullptr);
};

} // namespace kiosksync
