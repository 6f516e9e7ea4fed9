// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/sync/syncclient.h"

#include <QDateTime>
#include "accessibility/processsingleton.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/// @brief How delivery to the central server stands, for staff mode.
///
/// Wraps the sync client (which lives on its own thread and is not a QML type) so staff see
/// whether the station is enrolled, the last successful sync and the last error in plain
/// words, in the language on screen (the sync thread keeps it as a kiosksync::SyncProblem code). What waits in the outbox is StationStore's to tell.
class SyncStatus : public QObject, public ProcessSingleton<SyncStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    /// The client whose state this shows (none: the kiosk runs without a server).
    void attach(kiosksync::SyncClient *client);

    [[nodiscard]] bool available() const { return m_client; }
    [[nodiscard]] bool enrolled() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] QDateTime lastSuccess() const;
    [[nodiscard]] QString lastError() const;

public slots:
    /// Deliver now, e.g. right after a visitor's request was saved.
    void syncNow();

signals:
    void changed();

private:
    friend class ProcessSingleton<SyncStatus>;
    explicit SyncStatus(QObject *parent = nullptr);

    QPointer<kiosksync::SyncClient> m_client;
};
