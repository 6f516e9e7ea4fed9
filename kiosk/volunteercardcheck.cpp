// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteercardcheck.h"

#include "kiosk/sync/syncclient.h"

VolunteerCardCheck::VolunteerCardCheck(QObject *parent)
    : QObject(parent)
{
}

void VolunteerCardCheck::attach(kiosksync::SyncClient *client)
{
    disconnect(m_answers);
    m_client = client;
    // Questions asked of a client no longer here get no answer from it.
    m_answered = m_asked;
    if (!client)
        return;
    m_answers = connect(client, &kiosksync::SyncClient::volunteerLookupFinished, this,
                        [this](int outcome, const QString &volunteerNumber) { take(outcome, volunteerNumber); });
}

quint64 VolunteerCardCheck::ask(const QString &idNumber)
{
    const quint64 ticket = ++m_asked;
    if (!m_client) {
        // No server: answered at once as unreachable, never silently.
        ++m_answered;
        QMetaObject::invokeMethod(
            this, [this, ticket] { emit answered(ticket, Answer::Unreachable, QString()); }, Qt::QueuedConnection);
        return ticket;
    }
    m_client->lookupVolunteer(idNumber);
    return ticket;
}

void VolunteerCardCheck::take(int outcome, const QString &volunteerNumber)
{
    if (m_answered >= m_asked)
        return; // an answer to nobody's question
    const quint64 ticket = ++m_answered;
    Answer answer = Answer::Unreachable;
    switch (kiosksync::SyncClient::VolunteerLookupOutcome(outcome)) {
    case kiosksync::SyncClient::VolunteerLookupOutcome::NotRegistered: answer = Answer::NotRegistered; break;
    case kiosksync::SyncClient::VolunteerLookupOutcome::Pending: answer = Answer::Pending; break;
    case kiosksync::SyncClient::VolunteerLookupOutcome::Approved: answer = Answer::Approved; break;
    case kiosksync::SyncClient::VolunteerLookupOutcome::Unreachable: answer = Answer::Unreachable; break;
    }
    emit answered(ticket, answer, answer == Answer::Approved ? volunteerNumber : QString());
}
