// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/syncstatus.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/sync/syncproblem.h"

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
    // The problem is kept as a code: its words follow the language on screen.
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &SyncStatus::changed);
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
    return m_client ? kiosksync::SyncProblem::words(m_client->problem()).in(VisitorSettings::instance()->language())
                    : QString();
}

void SyncStatus::syncNow()
{
    if (m_client)
        m_client->syncNow();
}
