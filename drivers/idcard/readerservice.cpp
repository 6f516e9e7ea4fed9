// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readerservice.h"

#include "drivers/idcard/demoidentities.h"
#include "drivers/idcard/readerworker.h"
#include "drivers/idcard/simulatedreader.h"

namespace idcard {

ReaderService::ReaderService(const ReaderSettings &settings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<idcard::IdCard>();
    qRegisterMetaType<idcard::ReaderState>();
    qRegisterMetaType<core::TranslatableText>();

    using Kind = ReaderSettings::TransportKind;
    if (settings.transport == Kind::Auto || settings.transport == Kind::Simulated)
        m_simulated = std::make_shared<SimulatedReader>();

    m_thread.setObjectName(QStringLiteral("idcard-reader"));
    m_worker = new ReaderWorker(settings, m_simulated);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReaderWorker::stateChanged, this,
            [this](ReaderState state, const core::TranslatableText &reason) {
                m_state = state;
                m_reason = reason;
                Q_EMIT stateChanged(state, reason);
            });
    connect(m_worker, &ReaderWorker::cardRead, this, &ReaderService::cardRead);
    connect(m_worker, &ReaderWorker::readerChanged, this, [this](const QString &description) {
        m_description = description;
        Q_EMIT readerChanged(description);
    });
}

ReaderService::~ReaderService()
{
    stop();
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker; // never started: no thread to delete it
    }
}

void ReaderService::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::start, Qt::QueuedConnection);
}

void ReaderService::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::stop, Qt::BlockingQueuedConnection);
}

bool ReaderService::presentSimulatedCard(int index)
{
    return m_simulated && m_simulated->presentDemoCard(index);
}

void ReaderService::removeSimulatedCard()
{
    if (m_simulated)
        m_simulated->removeCard();
}

QList<core::LocalizedText> ReaderService::simulatedCardLabels()
{
    return DemoIdentities::labels();
}

} // namespace idcard
