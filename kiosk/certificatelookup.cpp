// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificatelookup.h"

#include "kiosk/sync/syncclient.h"

CertificateLookup::CertificateLookup(QObject *parent)
    : QObject(parent)
{
}

void CertificateLookup::attach(kiosksync::SyncClient *client)
{
    m_client = client;
}

void CertificateLookup::ask(const QString &idNumber)
{
    Q_UNUSED(idNumber)
    // Wired to the sync client's lookup in the next step; until then the page says it cannot check.
    QMetaObject::invokeMethod(this, [this] { emit answered(Answer::Unreachable); }, Qt::QueuedConnection);
}
