// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"

#include <QString>
#include <optional>

namespace kiosksync {

/// @brief The station credential kept in a file beside the store (owner read/write only).
///
/// Not in the store file: the store keeps no secrets, and the credential's cacheKey is the
/// station secret that keys the store's certificate cache.
class CredentialFile
{
public:
    [[nodiscard]] static std::optional<core::wire::Credential> read(const QString &path);
    /// Written to a temporary file and renamed, so a power cut leaves the old or the new one.
    static bool write(const QString &path, const core::wire::Credential &credential);
};

} // namespace kiosksync
