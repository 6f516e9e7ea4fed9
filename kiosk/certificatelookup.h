// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QPointer>

namespace kiosksync {
class SyncClient;
}

/// @brief Asks the central server for a certificate the kiosk has not cached, for the
/// certificate page (the work itself runs on the sync thread, see SyncClient).
///
/// The server's answer is stored in the certificate cache before `answered` is emitted, so the
/// page reads it from the store like any other certificate.
class CertificateLookup : public QObject, public ProcessSingleton<CertificateLookup>
{
    Q_OBJECT

public:
    enum class Answer { Found, NotFound, Unreachable };
    Q_ENUM(Answer)

    /// The sync client that carries the question; null when the kiosk has no server.
    void attach(kiosksync::SyncClient *client);
    [[nodiscard]] bool canAsk() const { return !m_client.isNull(); }
    /// Asks for the holder of `idNumber`; `answered` follows (within a few seconds).
    void ask(const QString &idNumber);

signals:
    void answered(CertificateLookup::Answer answer);

private:
    friend class ProcessSingleton<CertificateLookup>;
    explicit CertificateLookup(QObject *parent = nullptr);

    QPointer<kiosksync::SyncClient> m_client;
    QMetaObject::Connection m_answers;
};
