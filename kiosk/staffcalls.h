// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Staff's list of the visitors' calls not yet closed (the staff-calls page and the
/// count on staff mode's first page), acknowledging one (someone is on the way) and closing it.
///
/// Items are plain maps {callId, reason (words), since ("09:05", or the day and time on an
/// earlier day), waitedMinutes, state ("open", "acknowledged"), stateWords, deliveryWords}. The
/// list is read again every few seconds, so a call made at the kiosk appears without touching
/// anything. Writes go through StoreWriter; `message` says what happened or why not.
class StaffCalls : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY itemsChanged)
    /// "ok", "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY itemsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY messageChanged)

public:
    explicit StaffCalls(QObject *parent = nullptr);

    [[nodiscard]] QVariantList items() const { return m_items; }
    /// Calls nobody has acknowledged yet.
    [[nodiscard]] int openCount() const { return m_openCount; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool saving() const { return m_saving; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool acknowledge(const QString &callId);
    Q_INVOKABLE bool close(const QString &callId);

signals:
    void itemsChanged();
    void messageChanged();

private:
    bool write(const QString &callId, bool closing);

    QVariantList m_items;
    int m_openCount = 0;
    QString m_outcome = QStringLiteral("ok");
    core::TranslatableText m_message;
    bool m_saving = false;
    QTimer m_refresh;
};
