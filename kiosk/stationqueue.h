// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "core/localizedtext.h"
#include "core/translatabletext.h"
#include "kiosk/store/queueticket.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief Taking a queue number for a walk-in service ("A012"), as the visitor sees it on the
/// queue-number page: the number, the service, where to wait, how many are waiting before it.
///
/// take() writes the ticket on the store writer's thread; the page shows "taking" and then the
/// number, only once it is on disk. No identity is needed and none is kept: a queue number
/// names nobody. It still leaves the screen with the visit (the next person never sees it).
class StationQueue : public QObject, public ProcessSingleton<StationQueue>, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// "idle", "taking", "taken" or "failed".
    Q_PROPERTY(QString outcome READ outcome NOTIFY ticketChanged)
    /// "A012"; empty until taken.
    Q_PROPERTY(QString label READ label NOTIFY ticketChanged)
    /// The number as the voice of the visitor's language reads it one by one ("A 0 1 2").
    Q_PROPERTY(QString spokenLabel READ spokenLabel NOTIFY ticketChanged)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY ticketChanged)
    /// In the visitor's language.
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY ticketChanged)
    /// Where to wait (the service's room or window); empty when the catalogue does not say.
    Q_PROPERTY(QString place READ place NOTIFY ticketChanged)
    /// "Please wait near Window 3." / "请在 3 号窗口旁边等候。": the sentence with the place,
    /// or the waiting area when the catalogue does not say.
    Q_PROPERTY(QString whereToWait READ whereToWait NOTIFY ticketChanged)
    /// Numbers of the same queue waiting before this one.
    Q_PROPERTY(int waitingBefore READ waitingBefore NOTIFY ticketChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY ticketChanged)

public:
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString label() const { return m_ticket.label; }
    [[nodiscard]] QString spokenLabel() const;
    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    [[nodiscard]] QString serviceName() const;
    [[nodiscard]] QString place() const;
    [[nodiscard]] QString whereToWait() const;
    [[nodiscard]] int waitingBefore() const { return m_ticket.waitingBefore; }
    [[nodiscard]] QString errorText() const;

    /// Takes the next number of `serviceId`'s queue today; false when it cannot start (no store
    /// file). The page follows `outcome`.
    Q_INVOKABLE bool take(const QString &serviceId);

    void wipeVisitorData() override;

signals:
    void ticketChanged();
    /// The ticket is on disk: the staff queue and anyone counting the waiting read again.
    void ticketTaken(const QString &serviceId);

private:
    friend class ProcessSingleton<StationQueue>;
    explicit StationQueue(QObject *parent = nullptr);
    void fail(const core::TranslatableText &words);

    QString m_outcome = QStringLiteral("idle");
    QString m_serviceId;
    store::QueueTicket m_ticket;
    core::LocalizedText m_serviceName;
    core::LocalizedText m_place;
    core::TranslatableText m_error;
};
