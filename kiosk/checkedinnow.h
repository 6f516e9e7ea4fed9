// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Staff's list of the volunteers checked in here now (the staff-volunteers page), and
/// checking out one who forgot (counted until the assignment's end when that has passed).
///
/// Items are plain maps {checkInId, number, name, since ("09:05", or the date and time on an
/// earlier day), earlierDay, what}. Staff check out by the check-in's id, not the volunteer's
/// number: a volunteer taken off the roster while checked in is still on this list and can
/// still be checked out. The check-out is written through StoreWriter; `message` says what it
/// counted or why it could not.
class CheckedInNow : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /// "ok", "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY itemsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY messageChanged)

public:
    explicit CheckedInNow(QObject *parent = nullptr);

    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool saving() const { return m_saving; }

    Q_INVOKABLE void reload();
    /// Staff check out the open check-in `checkInId`; the list is read again once it is on disk.
    Q_INVOKABLE bool checkOut(const QString &checkInId);

signals:
    void itemsChanged();
    void messageChanged();

private:
    QVariantList m_items;
    QString m_outcome = QStringLiteral("ok");
    core::TranslatableText m_message;
    bool m_saving = false;
};
