// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/// @brief Calling station staff: the help call is saved (with its outbox entry) before the
/// screen says anything, and then the screen says only what is true of it, updated as it
/// changes: listed on this kiosk's staff screen (no central server), saved but not sent yet,
/// sent to the centre (the server accepted it), or refused by the centre. If it cannot be
/// saved, the visitor is told to wave instead.
class CallStaffRequest : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// "idle", "saving", "failed" (not saved), then where the saved call stands: "here" (this
    /// kiosk has no central server: the call is on its staff screen only), "waiting" (saved,
    /// not yet accepted by the centre), "sent" (the centre accepted it) or "refused" (the
    /// centre refused it: kept for staff here).
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY outcomeChanged)
    /// The saved call's id (empty until it is on disk).
    Q_PROPERTY(QString callId READ callId NOTIFY outcomeChanged)

public:
    explicit CallStaffRequest(QObject *parent = nullptr);

    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString callId() const { return m_callId; }

    /// `reason`: a short key such as "help_at_kiosk". True when the call is being saved.
    Q_INVOKABLE bool call(const QString &reason);

signals:
    void outcomeChanged();

private:
    /// Reads where the saved call stands now and says so if it changed.
    void follow();
    void setOutcome(const QString &outcome);

    QString m_outcome = QStringLiteral("idle");
    QString m_callId;
    core::TranslatableText m_error;
};
