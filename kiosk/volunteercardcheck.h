// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace kiosksync {
class SyncClient;
}

/// @brief The kiosk's question "is this card a volunteer's?": asks the central server whether
/// the holder of an ID number is registered already (POST /v1/volunteers/lookup; the work runs
/// on the sync thread, see SyncClient::lookupVolunteer), for the volunteers' desk and for the
/// registration, which must not make a second record.
///
/// Answers come back in the order the questions were asked (one sync thread), so each ask()
/// returns a ticket and `answered` names the ticket it answers: a page that asked again, or a
/// visit that ended, ignores an answer meant for an earlier question. An "approved" answer has
/// been learnt by the store (volunteer_keys) before it arrives here.
class VolunteerCardCheck : public QObject, public ProcessSingleton<VolunteerCardCheck>
{
    Q_OBJECT

public:
    /// SyncClient::VolunteerLookupOutcome, in its order.
    enum class Answer { NotRegistered, Pending, Approved, Unreachable };
    Q_ENUM(Answer)

    /// The sync client that carries the question; null when the kiosk has no server.
    void attach(kiosksync::SyncClient *client);
    [[nodiscard]] bool canAsk() const { return !m_client.isNull(); }
    /// Asks about `idNumber`; `answered` follows, always later (queued), within about 2 s.
    quint64 ask(const QString &idNumber);

signals:
    /// `volunteerNumber` is set for Approved.
    void answered(quint64 ticket, VolunteerCardCheck::Answer answer, const QString &volunteerNumber);

private:
    friend class ProcessSingleton<VolunteerCardCheck>;
    explicit VolunteerCardCheck(QObject *parent = nullptr);
    void take(int outcome, const QString &volunteerNumber);

    QPointer<kiosksync::SyncClient> m_client;
    QMetaObject::Connection m_answers;
    quint64 m_asked = 0;    ///< tickets handed out
    quint64 m_answered = 0; ///< tickets the sync client answered
};
