// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uuidv7.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace core {

namespace {

QMutex s_mutex;
qint64 s_lastMs = 0;
quint32 s_counter = 0; // 12 bits used

} // namespace

QUuid UuidV7::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QUuid UuidV7::generate(qint64 unixMilliseconds)
{
    qint64 ms = 0;
    quint32 counter = 0;
    {
        QMutexLocker lock(&s_mutex);
        if (unixMilliseconds > s_lastMs) {
            s_lastMs = unixMilliseconds;
            // Start low in the counter space so a burst within one millisecond rarely overflows.
            s_counter = QRandomGenerator::system()->bounded(0x200u);
        } else if (++s_counter > 0xFFF) {
            // Counter exhausted (or clock went back): borrow the next millisecond.
            ++s_lastMs;
            s_counter = 0;
        }
        ms = s_lastMs;
        counter = s_counter;
    }

    std::array<quint8, 16> b{};
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), 4);
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = quint8((quint64(ms) >> (40 - 8 * i)) & 0xFF);
    b[6] = quint8(0x70 | ((counter >> 8) & 0x0F));
    b[7] = quint8(counter & 0xFF);
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC 4122/9562 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b.data()), 16));
}

QString UuidV7::generateString()
{
    return generate().toString(QUuid::WithoutBraces);
}

bool UuidV7::isV7(const QUuid &uuid)
{
    // QUuid::version() only knows versions 1-5, so read the nibble directly.
    return (uuid.data3 >> 12) == 7 && uuid.variant() == QUuid::DCE;
}

QDateTime UuidV7::timestamp(const QUuid &uuid)
{
    if (!isV7(uuid))
        return {};
    const QByteArray bytes = uuid.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(bytes[i]);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace core
