// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace server::console {

/// @brief Console passwords as libsodium Argon2id strings ("$argon2id$v=19$m=...").
///
/// Interactive limits (about 64 MiB and a tenth of a second a hash): a sign-in is rare, and
/// a stolen table costs that much for every guess.
class PasswordHash
{
public:
    static constexpr int minimumLength = 10;

    /// The hash to store; nullopt when libsodium cannot start or the memory is not there.
    [[nodiscard]] static std::optional<QString> hash(const QString &password);
    /// Whether `password` is the one `storedHash` was made from (false for a malformed hash).
    [[nodiscard]] static bool verify(const QString &storedHash, const QString &password);
    /// Spends the time of one verify for a login that does not exist, so a refusal takes as
    /// long for an unknown login as for a wrong password (no probing for logins by timing).
    static void spendOneVerify(const QString &password);
};

} // namespace server::console
