// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace core {

/// @brief UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter, then
/// random bits, so ids made on one kiosk sort in the order they were made.
///
/// Within one millisecond the counter (seeded randomly, method 1 of the RFC) keeps ids
/// increasing; if the clock steps back, the last timestamp is reused so order still holds.
/// Thread-safe.
class UuidV7
{
public:
    [[nodiscard]] static QUuid generate();
    /// For tests and imports: an id for a given time (still monotonic with earlier calls).
    [[nodiscard]] static QUuid generate(qint64 unixMilliseconds);
    /// "0190a5c4-..." lower-case, without braces: the form stored and sent, which sorts as text
    /// in time order.
    [[nodiscard]] static QString generateString();
    [[nodiscard]] static bool isV7(const QUuid &uuid);
    /// The creation time encoded in the id (invalid for a non-v7 id).
    [[nodiscard]] static QDateTime timestamp(const QUuid &uuid);
};

} // namespace core
