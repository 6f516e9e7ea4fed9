// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/// @brief Calling station staff: the help call is saved (with its outbox entry) before the
/// screen says anyone is coming; if it cannot be saved, the visitor is told to wave instead.
class CallStaffRequest : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// "idle", "recorded" or "failed".
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY outcomeChanged)

public:
    explicit CallStaffRequest(QObject *parent = nullptr);

    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString errorText() const;

    /// `reason`: a short key such as "help_at_kiosk". True when the call is on disk.
    Q_INVOKABLE bool call(const QString &reason);

signals:
    void outcomeChanged();

private:
    QString m_outcome = QStringLiteral("idle");
    core::TranslatableText m_error;
};
