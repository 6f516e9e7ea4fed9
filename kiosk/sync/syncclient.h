// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/sync/syncreport.h"
#include "kiosk/sync/syncsettings.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace kiosksync {

class SyncWorker;

/// @brief The kiosk's sync client: delivers the outbox and fetches the change feed on its own
/// thread, and tells staff mode how it stands.
///
/// Create on the GUI thread; start() once. Every property change arrives as reportChanged().
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY reportChanged)
    Q_PROPERTY(int pending READ pending NOTIFY reportChanged)
    Q_PROPERTY(int parked READ parked NOTIFY reportChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY reportChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY reportChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY reportChanged)

public:
    explicit SyncClient(const SyncSettings &settings, QObject *parent = nullptr);
    ~SyncClient() override;

    Q_INVOKABLE void start();
    /// Stops at once (an HTTP request in flight is abandoned; nothing acknowledged is lost).
    Q_INVOKABLE void stop();
    /// A round now, e.g. right after a visitor's request was saved.
    Q_INVOKABLE void syncNow();

    [[nodiscard]] SyncReport report() const { return m_report; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_report.lastSuccess; }
    [[nodiscard]] int pending() const { return m_report.pending; }
    [[nodiscard]] int parked() const { return m_report.parked; }
    [[nodiscard]] QString lastError() const { return m_report.lastError; }
    [[nodiscard]] bool enrolled() const { return m_report.enrolled; }
    [[nodiscard]] bool syncing() const { return m_report.syncing; }
    /// The station secret for store::CertificateKey (the credential's cacheKey, UTF-8); empty
    /// until the kiosk is enrolled.
    [[nodiscard]] QByteArray stationSecret() const;

signals:
    void reportChanged();
    /// After every round; `ok` when both directions completed.
    void roundFinished(bool ok);
    /// After each scheduled purge of delivered records: how many it deleted (-1: it failed).
    void recordsPurged(int removed);

private:
    SyncSettings m_settings;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncReport m_report;
};

} // namespace kiosksync
