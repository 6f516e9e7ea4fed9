// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <chrono>
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

    /// Hashes at once in this process at most: each takes 64 MiB and a core, on the write
    /// workers the kiosks' pushes need.
    static constexpr int concurrentHashes = 2;

    /// @brief A turn to hash (one of concurrentHashes), held while it lives.
    class Turn
    {
    public:
        /// Waits at most `wait` for a turn; acquired() says whether it came.
        explicit Turn(std::chrono::milliseconds wait);
        ~Turn();
        Turn(const Turn &) = delete;
        Turn &operator=(const Turn &) = delete;
        [[nodiscard]] bool acquired() const { return m_acquired; }

    private:
        bool m_acquired = false;
    };
};

} // namespace server::console
