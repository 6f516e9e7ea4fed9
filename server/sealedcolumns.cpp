// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sealedcolumns.h"

#include "server/database.h"
#include "server/sealer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSealed, "kiosk.server.sealed")

namespace server {

namespace {
// The purposes keep the indexes of different columns apart: equal inputs never give equal
// indexes across them. Changing one orphans every stored index of that column.
constexpr QStringView idPurpose = u"certificate-id-number";
constexpr QStringView maskedPurpose = u"certificate-id-masked";

const Sealer *sealerOf(const Database &db)
{
    const Sealer *sealer = db.sealer();
    if (!sealer)
        qCWarning(lcSealed) << "no key for the sealed columns on this connection (Database::setSealer)";
    return sealer;
}

QString openWith(const Database &db, const QString &stored, const char *what)
{
    const Sealer *sealer = sealerOf(db);
    if (!sealer || stored.isEmpty())
        return {};
    if (auto plain = sealer->open(stored))
        return *plain;
    qCWarning(lcSealed).noquote() << "a sealed" << what << "cannot be opened with key" << sealer->keyId()
                                  << "(sealed with key" << Sealer::keyIdOf(stored) << ")";
    return {};
}
} // namespace

QString SealedColumns::openCacheKey(const Database &db, const QString &stored)
{
    return openWith(db, stored, "cache key");
}

QString SealedColumns::sealCacheKey(const Database &db, const QString &plain)
{
    const Sealer *sealer = sealerOf(db);
    return sealer ? sealer->seal(plain) : QString();
}

QString SealedColumns::openIdNumber(const Database &db, const QString &stored)
{
    return openWith(db, stored, "ID number");
}

QString SealedColumns::sealIdNumber(const Database &db, const QString &idNumber)
{
    const Sealer *sealer = sealerOf(db);
    return sealer ? sealer->seal(idNumber) : QString();
}

QString SealedColumns::idIndex(const Database &db, const QString &idNumber)
{
    const Sealer *sealer = sealerOf(db);
    return sealer ? idIndex(*sealer, idNumber) : QString();
}

QString SealedColumns::maskedIndex(const Database &db, const QString &idNumberOrMasked)
{
    const Sealer *sealer = sealerOf(db);
    return sealer ? maskedIndex(*sealer, idNumberOrMasked) : QString();
}

QString SealedColumns::idIndex(const Sealer &sealer, const QString &idNumber)
{
    return sealer.blindIndex(idPurpose, idNumber);
}

QString SealedColumns::maskedIndex(const Sealer &sealer, const QString &idNumberOrMasked)
{
    // First 6 (the area) and last 4 (birth order and check digit): what a masked form keeps.
    return sealer.blindIndex(maskedPurpose, idNumberOrMasked.left(6) + idNumberOrMasked.right(4));
}

} // namespace server
