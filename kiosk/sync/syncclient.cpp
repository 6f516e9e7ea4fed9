// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/syncclient.h"

#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/stationcondition.h"
#include "kiosk/sync/syncworker.h"

namespace kiosksync {

SyncClient::SyncClient(const SyncSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_condition(std::make_shared<StationCondition>())
{
    qRegisterMetaType<kiosksync::SyncReport>();
    m_thread.setObjectName(QStringLiteral("kiosk-sync"));
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start()
{
    if (m_worker)
        return;
    m_worker = new SyncWorker(m_settings, m_condition);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::reportChanged, this, [this](const SyncReport &report) {
        if (report == m_report)
            return;
        m_report = report;
        emit reportChanged();
    });
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncClient::roundFinished);
    connect(m_worker, &SyncWorker::purgeFinished, this, &SyncClient::recordsPurged);
    connect(m_worker, &SyncWorker::lookupFinished, this, &SyncClient::certificateLookupFinished);
    connect(m_worker, &SyncWorker::holdFinished, this, &SyncClient::holdFinished);
    connect(m_worker, &SyncWorker::volunteerLookupFinished, this, &SyncClient::volunteerLookupFinished);
    m_thread.start();
}

void SyncClient::stop()
{
    if (!m_worker)
        return;
    // Blocking: when this returns, the worker has let go of the network and the store file.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncClient::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncClient::lookupCertificate(const QString &idNumber)
{
    if (!m_worker) {
        // Not started (no server configured): the answer is "unreachable", still asynchronous.
        QMetaObject::invokeMethod(this, [this] { emit certificateLookupFinished(int(LookupOutcome::Unreachable)); },
                                  Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, idNumber] { worker->lookupCertificate(idNumber); },
                              Qt::QueuedConnection);
}

void SyncClient::holdBooking(const QJsonObject &holdBody)
{
    const QString id = holdBody.value(QStringLiteral("id")).toString();
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] { emit holdFinished(id, int(HoldOutcome::Unreachable), {}, -1, -1); },
                                  Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, holdBody] { worker->holdBooking(holdBody); },
                              Qt::QueuedConnection);
}

void SyncClient::lookupVolunteer(const QString &idNumber)
{
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this] { emit volunteerLookupFinished(int(VolunteerLookupOutcome::Unreachable), {}); },
                                  Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, idNumber] { worker->lookupVolunteer(idNumber); },
                              Qt::QueuedConnection);
}

void SyncClient::setReaderState(const QString &word)
{
    m_condition->setReader(word);
}

void SyncClient::setSpeakerState(const QString &word)
{
    m_condition->setSpeaker(word);
}

QByteArray SyncClient::stationSecret() const
{
    const auto credential = CredentialFile::read(m_settings.effectiveCredentialPath());
    return credential ? credential->cacheKey.toUtf8() : QByteArray();
}

} // namespace kiosksync
