// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/kioskconfig.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace kiosksync {
class SyncClient;
}
namespace speech {
class HeadphoneJack;
class SpeechEngine;
} // namespace speech

/// @brief Starts what the visitor flows stand on: the local store, the card reader thread and
/// staff mode's PIN, and ties them to the session (its end wipes the visitor's identity).
///
/// Kept apart from KioskRuntime so that tests of the session or settings need no store file.
class KioskServices : public QObject
{
    Q_OBJECT

public:
    /// The fixed secret of a demo kiosk that has none configured (demo data only).
    static constexpr const char *demoSecret = "demo-station-secret";
    /// Staff mode's PIN in demo mode when none is configured.
    static constexpr const char *demoStaffPin = "2468";

    explicit KioskServices(const KioskConfig &config, QObject *parent = nullptr);
    ~KioskServices() override;

    /// Opens the store (demo data on a first demo start) and starts the reader. A store that
    /// cannot open is reported and the kiosk carries on without it.
    void start();
    /// Screenshot mode: a throw-away demo store, no reader thread, and for pages that show a
    /// visitor's data a demo identity.
    void startForScreenshot(const QString &page);
    /// Tells the centre, with each push, how the voice's output stands: no device, a device
    /// lost, the public speaker silenced by headphones ([speech] follow_headphones), or fine.
    /// Both may be null; call after start().
    void watchSpeaker(speech::SpeechEngine *engine, speech::HeadphoneJack *jack);

private:
    void connectSession();
    void startSync();
    /// Reopens the store under the station credential's key once the kiosk is enrolled: the
    /// server hashes the certificates it sends with that key.
    void adoptCredentialKey();

    KioskConfig m_config;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<kiosksync::SyncClient> m_sync;
    QByteArray m_secret;
};
