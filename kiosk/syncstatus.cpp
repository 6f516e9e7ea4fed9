// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/syncstatus.h"

#include "kiosk/sync/syncclient.h"

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
}

void SyncStatus::attach(kiosksync::SyncClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &kiosksync::SyncClient::reportChanged, this, &SyncStatus::changed);
    emit changed();
}

bool SyncStatus::enrolled() const
{
    return m_client && m_client->enrolled();
}

bool SyncStatus::syncing() const
{
    return m_client && m_client->syncing();
}

QDateTime SyncStatus::lastSuccess() const
{
    return m_client ? m_client->lastSuccess() : QDateTime();
}

QString SyncStatus::lastError() const
{
    return m_client ? m_client->lastError() : QString();
}

void SyncStatus::syncNow()
{
    if (m_client)
        m_client->syncNow();
}
