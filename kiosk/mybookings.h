// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// @brief "My bookings": the identified visitor's bookings from today on, in time order, with
/// where each stands (confirmed, provisional until staff confirm, not confirmed, cancelled) and
/// cancelling one (a visitor write, off the GUI thread, after the page's confirm step).
///
/// Items are plain maps for QML: {id, code, serviceName, day, time, endTime, place,
/// whatToBring, state, reason, cancellable}; `state` is a BookingStates key QML words.
class MyBookings : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /// "ok", "noVisitor", "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY itemsChanged)
    /// A cancellation is being written.
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit MyBookings(QObject *parent = nullptr);

    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString errorText() const;

    /// Reads this visitor's bookings from the store again.
    Q_INVOKABLE void reload();
    /// The item with `id`, or an empty map.
    Q_INVOKABLE QVariantMap item(const QString &id) const;
    /// Cancels one booking; true when the write started. `cancelled(id)` follows once the
    /// cancellation (and its outbox entry) is on disk, or errorText says why not.
    Q_INVOKABLE bool cancel(const QString &bookingId);

    void wipeVisitorData() override;

signals:
    void itemsChanged();
    void savingChanged();
    void errorChanged();
    void cancelled(const QString &bookingId);
    void cancelFailed();

private:
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);

    QVariantList m_items;
    QString m_outcome = QStringLiteral("noVisitor");
    bool m_saving = false;
    core::TranslatableText m_error;
    quint64 m_visitGeneration = 0;
};
