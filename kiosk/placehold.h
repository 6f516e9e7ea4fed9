// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "kiosk/store/bookingdraft.h"

#include <QObject>
#include <QPointer>

namespace kiosksync {
class SyncClient;
}

/// @brief Asks the central server to hold a place before the kiosk confirms a booking (the work
/// runs on the sync thread, see SyncClient::holdBooking). The server owns capacity: of two
/// kiosks asking for the last place, exactly one is told Held.
///
/// Held: store the booking as Confirmed. Full, Gone, Invalid: store nothing, say `reason` (for
/// Full the slot's counts are already in the cache, so the reloaded list shows them).
/// Unreachable (no server, not enrolled, no answer within 2 s): store it as Provisional.
class PlaceHold : public QObject, public ProcessSingleton<PlaceHold>
{
    Q_OBJECT

public:
    enum class Answer { Held, Full, Gone, Invalid, Unreachable };
    Q_ENUM(Answer)

    /// The sync client that carries the question; null when the kiosk has no server.
    void attach(kiosksync::SyncClient *client);
    [[nodiscard]] bool canAsk() const { return !m_client.isNull(); }
    /// Asks for `draft`'s place (its id is the idempotency key); `answered` follows, always
    /// later (queued), within about 2 s.
    void hold(const store::BookingDraft &draft, const QString &visitorKey);

signals:
    void answered(const QString &bookingId, PlaceHold::Answer answer, const QString &reason);

private:
    friend class ProcessSingleton<PlaceHold>;
    explicit PlaceHold(QObject *parent = nullptr);

    QPointer<kiosksync::SyncClient> m_client;
    QMetaObject::Connection m_answers;
};
