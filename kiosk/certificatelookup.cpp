// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificatelookup.h"

#include "kiosk/sync/syncclient.h"

CertificateLookup::CertificateLookup(QObject *parent)
    : QObject(parent)
{
}

void CertificateLookup::attach(kiosksync::SyncClient *client)
{
    disconnect(m_answers);
    m_client = client;
    if (!client)
        return;
    // The sync thread stored a found row before it answers: the page reads it from the store.
    m_answers = connect(client, &kiosksync::SyncClient::certificateLookupFinished, this, [this](int outcome) {
        switch (kiosksync::SyncClient::LookupOutcome(outcome)) {
        case kiosksync::SyncClient::LookupOutcome::Found: emit answered(Answer::Found); break;
        case kiosksync::SyncClient::LookupOutcome::NotFound: emit answered(Answer::NotFound); break;
        case kiosksync::SyncClient::LookupOutcome::Unreachable: emit answered(Answer::Unreachable); break;
        }
    });
}

void CertificateLookup::ask(const QString &idNumber)
{
    if (!m_client) {
        QMetaObject::invokeMethod(this, [this] { emit answered(Answer::Unreachable); }, Qt::QueuedConnection);
        return;
    }
    m_client->lookupCertificate(idNumber);
}
