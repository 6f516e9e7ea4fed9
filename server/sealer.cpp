// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sealer.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <sodium.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace server {

namespace {

// crypto_kdf context (exactly 8 bytes) and subkey numbers: changing them changes every key.
constexpr char kdfContext[crypto_kdf_CONTEXTBYTES + 1] = "kioskSrv";
constexpr quint64 sealSubkeyId = 1;
constexpr quint64 indexSubkeyId = 2;
constexpr quint64 keyIdSubkeyId = 3;

const QString sealedPrefix = QStringLiteral("s1.");

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString plainErrno() { return QString::fromLocal8Bit(std::strerror(errno)); }

/// 64 hex digits or base64 (with or without padding) of exactly 32 bytes.
std::optional<QByteArray> decodeKeyText(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() == 2 * Sealer::keyBytes) {
        bool allHex = true;
        for (char c : trimmed)
            allHex = allHex && std::isxdigit(static_cast<unsigned char>(c));
        if (allHex)
            return QByteArray::fromHex(trimmed);
    }
    auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::Base64UrlEncoding
                                                              | QByteArray::AbortOnBase64DecodingErrors);
    }
    if (decoded && decoded.decoded.size() == Sealer::keyBytes)
        return decoded.decoded;
    return std::nullopt;
}

/// Writes `contents` to a new file `path` created 0600, atomically and without ever replacing
/// an existing file: a temporary file is written and synced, then hard-linked into place (link
/// fails when the name exists, so two processes starting together keep one key).
bool writeNewPrivateFile(const QString &path, const QByteArray &contents, bool *alreadyExisted, QString *error)
{
    *alreadyExisted = false;
    const QByteArray finalName = QFile::encodeName(path);
    const QByteArray tempName = finalName + ".new-" + QByteArray::number(::getpid());
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot create key file %1: %2").arg(path, plainErrno());
        return false;
    }
    ::fchmod(fd, 0600); // whatever the umask
    bool ok = ::write(fd, contents.constData(), size_t(contents.size())) == contents.size();
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (ok && ::link(tempName.constData(), finalName.constData()) != 0) {
        if (errno == EEXIST)
            *alreadyExisted = true;
        else
            ok = false;
    }
    const int savedErrno = errno;
    ::unlink(tempName.constData());
    errno = savedErrno;
    if (!ok && error)
        *error = QStringLiteral("cannot write key file %1: %2").arg(path, plainErrno());
    return ok;
}

QByteArray newKeyText()
{
    std::array<unsigned char, Sealer::keyBytes> key{};
    randombytes_buf(key.data(), key.size());
    QByteArray text = QByteArray(reinterpret_cast<const char *>(key.data()), key.size()).toHex() + '\n';
    sodium_memzero(key.data(), key.size());
    return text;
}

} // namespace

Sealer::Sealer(const std::array<unsigned char, keyBytes> &masterKey)
{
    crypto_kdf_derive_from_key(m_sealKey.data(), m_sealKey.size(), sealSubkeyId, kdfContext, masterKey.data());
    crypto_kdf_derive_from_key(m_indexKey.data(), m_indexKey.size(), indexSubkeyId, kdfContext, masterKey.data());
    // The key id is a subkey of its own, cut short: it names the key without revealing it or
    // either working subkey.
    std::array<unsigned char, 16> idKey{};
    crypto_kdf_derive_from_key(idKey.data(), idKey.size(), keyIdSubkeyId, kdfContext, masterKey.data());
    m_keyId = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(idKey.data()), 6).toHex());
    sodium_memzero(idKey.data(), idKey.size());
}

Sealer::~Sealer()
{
    sodium_memzero(m_sealKey.data(), m_sealKey.size());
    sodium_memzero(m_indexKey.data(), m_indexKey.size());
}

std::shared_ptr<const Sealer> Sealer::fromKeyFile(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::shared_ptr<const Sealer> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!initSodium())
        return fail(QStringLiteral("libsodium cannot start"));
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fail(QStringLiteral("cannot read key file %1: %2").arg(path, plainErrno()));
    if (!S_ISREG(info.st_mode))
        return fail(QStringLiteral("key file %1 is not a regular file").arg(path));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return fail(QStringLiteral("key file %1 can be read or changed by other users (mode %2); "
                                   "make it private with chmod 600 %1")
                        .arg(path, QString::number(info.st_mode & 07777, 8).rightJustified(4, u'0')));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read key file %1: %2").arg(path, file.errorString()));
    QByteArray text = file.read(4096);
    const auto raw = decodeKeyText(text);
    sodium_memzero(text.data(), size_t(text.size()));
    if (!raw) {
        return fail(QStringLiteral("key file %1 does not hold a key (32 bytes as 64 hex digits or "
                                   "base64; make one with kiosk-server keygen FILE)")
                        .arg(path));
    }
    std::array<unsigned char, keyBytes> key{};
    std::memcpy(key.data(), raw->constData(), key.size());
    QByteArray wipe = *raw;
    sodium_memzero(wipe.data(), size_t(wipe.size()));
    std::shared_ptr<const Sealer> sealer(new Sealer(key));
    sodium_memzero(key.data(), key.size());
    return sealer;
}

std::shared_ptr<const Sealer> Sealer::forServer(const QString &keyFileOption, const DatabaseUrl &url, QString *error)
{
    QString path = keyFileOption;
    if (path.isEmpty())
        path = qEnvironmentVariable("KIOSK_SERVER_KEY_FILE");
    if (!path.isEmpty())
        return fromKeyFile(path, error);
    if (url.engine == DatabaseUrl::Engine::Postgres) {
        if (error)
            *error = QStringLiteral("--key-file is required with PostgreSQL (make one with kiosk-server keygen FILE)");
        return nullptr;
    }
    if (url.path.isEmpty() || url.path == u":memory:")
        return ephemeral();
    path = url.path + QStringLiteral(".key");
    if (!QFileInfo::exists(path)) {
        if (!initSodium()) {
            if (error)
                *error = QStringLiteral("libsodium cannot start");
            return nullptr;
        }
        bool existed = false;
        if (!writeNewPrivateFile(path, newKeyText(), &existed, error))
            return nullptr;
        if (!existed) {
            QTextStream(stderr) << "kiosk-server: made a new key file " << path
                                << " for the sealed ID numbers and station keys; back it up apart from the database\n";
        }
    }
    return fromKeyFile(path, error);
}

bool Sealer::writeNewKeyFile(const QString &path, QString *error)
{
    if (!initSodium()) {
        if (error)
            *error = QStringLiteral("libsodium cannot start");
        return false;
    }
    bool existed = false;
    if (!writeNewPrivateFile(path, newKeyText(), &existed, error))
        return false;
    if (existed) {
        if (error)
            *error = QStringLiteral("%1 exists already; a key file is never overwritten").arg(path);
        return false;
    }
    return true;
}

std::shared_ptr<const Sealer> Sealer::ephemeral()
{
    if (!initSodium())
        return nullptr;
    std::array<unsigned char, keyBytes> key{};
    randombytes_buf(key.data(), key.size());
    std::shared_ptr<const Sealer> sealer(new Sealer(key));
    sodium_memzero(key.data(), key.size());
    return sealer;
}

QString Sealer::seal(const QString &plain) const
{
    const QByteArray message = plain.toUtf8();
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.constData()),
                          quint64(message.size()), nonce, m_sealKey.data());
    return sealedPrefix + m_keyId + u'.'
        + QString::fromLatin1(box.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> Sealer::open(const QString &sealed) const
{
    if (keyIdOf(sealed) != m_keyId)
        return std::nullopt;
    const QStringView body = QStringView(sealed).mid(sealedPrefix.size() + m_keyId.size() + 1);
    const auto decoded = QByteArray::fromBase64Encoding(
        body.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &box = decoded.decoded;
    if (box.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    const qsizetype cipherSize = box.size() - crypto_secretbox_NONCEBYTES;
    QByteArray plain(cipherSize - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(cipherSize), nonce, m_sealKey.data())
        != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(plain);
}

QString Sealer::blindIndex(QStringView purpose, const QString &plain) const
{
    // The purpose keeps indexes of different columns apart; the NUL cannot occur in it.
    const QByteArray message = purpose.toUtf8() + '\0' + plain.toUtf8();
    std::array<unsigned char, 32> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       quint64(message.size()), m_indexKey.data(), m_indexKey.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), out.size()).toHex());
}

bool Sealer::isSealed(const QString &text)
{
    return !keyIdOf(text).isEmpty();
}

QString Sealer::keyIdOf(const QString &sealed)
{
    if (!sealed.startsWith(sealedPrefix))
        return {};
    const qsizetype dot = sealed.indexOf(u'.', sealedPrefix.size());
    if (dot <= sealedPrefix.size())
        return {};
    return sealed.mid(sealedPrefix.size(), dot - sealedPrefix.size());
}

} // namespace server
