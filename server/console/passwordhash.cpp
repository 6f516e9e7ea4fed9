// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/passwordhash.h"

#include <sodium.h>

#include <QByteArray>

#include <semaphore>

namespace server::console {

namespace {

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::counting_semaphore<PasswordHash::concurrentHashes> &turns()
{
    static std::counting_semaphore<PasswordHash::concurrentHashes> semaphore(PasswordHash::concurrentHashes);
    return semaphore;
}

} // namespace

std::optional<QString> PasswordHash::hash(const QString &password)
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    // crypto_pwhash_str_verify wants the NUL-terminated string; QByteArray keeps one.
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHash::spendOneVerify(const QString &password)
{
    // One hash made once per process with the same limits; its password is never known.
    static const QString decoy = [] {
        QByteArray random(32, Qt::Uninitialized);
        if (sodiumReady())
            randombytes_buf(random.data(), std::size_t(random.size()));
        return hash(QString::fromLatin1(random.toHex())).value_or(QString());
    }();
    (void)verify(decoy, password);
}

PasswordHash::Turn::Turn(std::chrono::milliseconds wait) : m_acquired(turns().try_acquire_for(wait)) {}

PasswordHash::Turn::~Turn()
{
    if (m_acquired)
        turns().release();
}

} // namespace server::console
