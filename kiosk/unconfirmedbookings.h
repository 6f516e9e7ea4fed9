// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Staff's list of bookings that are not confirmed (the staff-bookings page): the ones
/// the server refused after an offline booking, and the ones still provisional, from today on.
///
/// Items are plain maps {id, code, service, when, state ("refused" | "provisional"), reason}:
/// what staff need to find the visitor's booking and call them through the server's list.
/// Never an ID number or a phone number (the store does not give them out, and the server
/// keeps the phone for staff).
class UnconfirmedBookings : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /// "ok", "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY itemsChanged)

public:
    explicit UnconfirmedBookings(QObject *parent = nullptr);

    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QString outcome() const { return m_outcome; }

    Q_INVOKABLE void reload();

signals:
    void itemsChanged();

private:
    QVariantList m_items;
    QString m_outcome = QStringLiteral("ok");
};
