// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/placehold.h"

#include "kiosk/sync/bookinghold.h"
#include "kiosk/sync/syncclient.h"

PlaceHold::PlaceHold(QObject *parent)
    : QObject(parent)
{
}

void PlaceHold::attach(kiosksync::SyncClient *client)
{
    disconnect(m_answers);
    m_client = client;
    if (!client)
        return;
    using Outcome = kiosksync::SyncClient::HoldOutcome;
    m_answers = connect(client, &kiosksync::SyncClient::holdFinished, this,
                        [this](const QString &bookingId, int outcome, const QString &reason, int, int) {
                            Answer answer = Answer::Unreachable;
                            switch (Outcome(outcome)) {
                            case Outcome::Held: answer = Answer::Held; break;
                            case Outcome::Full: answer = Answer::Full; break;
                            case Outcome::Gone: answer = Answer::Gone; break;
                            case Outcome::Invalid: answer = Answer::Invalid; break;
                            case Outcome::Unreachable: answer = Answer::Unreachable; break;
                            }
                            emit answered(bookingId, answer, reason);
                        });
}

void PlaceHold::hold(const store::BookingDraft &draft, const QString &visitorKey)
{
    if (!m_client) {
        const QString id = draft.id;
        QMetaObject::invokeMethod(this, [this, id] { emit answered(id, Answer::Unreachable, {}); }, Qt::QueuedConnection);
        return;
    }
    m_client->holdBooking(kiosksync::BookingHold::body(draft, visitorKey));
}
