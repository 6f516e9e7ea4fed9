// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <array>
#include <memory>
#include <optional>

namespace server {

/// @brief Seals personal data and secrets the server keeps (ID numbers, stations' cache keys)
/// with a key that lives in a file outside the database, and makes keyed blind indexes so sealed
/// values can still be looked up.
///
/// Why: with a copy of the database alone (a backup, a stolen disk) the plain ID numbers and the
/// stations' cache keys would let anybody undo the kiosks' HMAC'd identifiers. The key file is
/// kept apart from the database, so a copy of one without the other reveals nothing.
///
/// Sealed text is `s1.<key id>.<base64url(nonce | secretbox)>`: the key id (derived from the key,
/// never the key itself) says which key sealed it, so a rotation can tell old rows from new ones
/// and a wrong key fails plainly instead of returning garbage. Two subkeys are derived from the
/// file's key with crypto_kdf, one to seal and one to index, so an index never weakens the seal.
///
/// Immutable once made: one instance is shared by every thread and connection of a process.
class Sealer
{
public:
    static constexpr int keyBytes = 32;

    /// Reads a key file (32 bytes as 64 hex digits or base64); nullptr and `error` in plain
    /// words when it is missing, malformed, or readable/writable by group or others.
    [[nodiscard]] static std::shared_ptr<const Sealer> fromKeyFile(const QString &path, QString *error);
    /// The key a server process uses: `keyFileOption` if given, else $KIOSK_SERVER_KEY_FILE,
    /// else for SQLite a key file beside the database file (PATH.key, made 0600 if missing,
    /// said once on stderr). PostgreSQL without a key file is an error: its data is shared by
    /// several processes and hosts, so there is no one place to keep a key beside it.
    [[nodiscard]] static std::shared_ptr<const Sealer> forServer(const QString &keyFileOption,
                                                                 const DatabaseUrl &url, QString *error);
    /// Writes a new random key to `path` (hex, mode 0600); refuses to overwrite an existing file.
    static bool writeNewKeyFile(const QString &path, QString *error);
    /// A sealer with a random key held only in memory (SQLite in memory, throw-away tests).
    [[nodiscard]] static std::shared_ptr<const Sealer> ephemeral();

    ~Sealer();
    Sealer(const Sealer &) = delete;
    Sealer &operator=(const Sealer &) = delete;

    /// Sealed text of `plain` (a fresh random nonce each time: equal values seal differently).
    [[nodiscard]] QString seal(const QString &plain) const;
    /// The plain text, or nullopt when `sealed` is not sealed text or was sealed with another key.
    [[nodiscard]] std::optional<QString> open(const QString &sealed) const;
    /// Keyed BLAKE2b of `purpose` and `plain`, lower-case hex: equal values give equal indexes
    /// under one key, and nobody without the key can test a guessed ID number against it.
    [[nodiscard]] QString blindIndex(QStringView purpose, const QString &plain) const;

    /// Short public name of this key (derived from it one-way), as written into sealed text.
    [[nodiscard]] QString keyId() const { return m_keyId; }
    /// True when `text` looks like sealed text (by any key); false for plain values.
    [[nodiscard]] static bool isSealed(const QString &text);
    /// The key id a sealed text names, or an empty string.
    [[nodiscard]] static QString keyIdOf(const QString &sealed);

private:
    explicit Sealer(const std::array<unsigned char, keyBytes> &masterKey);

    std::array<unsigned char, keyBytes> m_sealKey{};
    std::array<unsigned char, keyBytes> m_indexKey{};
    QString m_keyId;
};

} // namespace server
