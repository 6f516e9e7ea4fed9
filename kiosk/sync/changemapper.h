// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/changespage.h"
#include "kiosk/store/certificaterecord.h"
#include "kiosk/store/changeset.h"

#include <QJsonObject>
#include <optional>

namespace kiosksync {

/// @brief Turns a page of the server's change feed into the store's ChangeSet.
///
/// Entities the kiosk does not know (a newer server) and rows with values it cannot read are
/// skipped, never fatal: the cursor still moves on, as the server has nothing else to send.
class ChangeMapper
{
public:
    [[nodiscard]] static store::ChangeSet map(const core::wire::ChangesPage &page, int *skipped = nullptr);
    /// One certificate row (openapi.yaml CertificateData) under its key: the change feed's rows
    /// and the online lookup's answer ({"key", "certificate"}) both go through here.
    /// nullopt when a value cannot be read.
    [[nodiscard]] static std::optional<store::CertificateRecord> certificate(const QString &key, const QJsonObject &data);
};

} // namespace kiosksync
