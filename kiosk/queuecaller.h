// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "core/localizedtext.h"
#include "core/translatabletext.h"

#include <QHash>

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Staff's side of the queue (the staff-queue page): today's queue of every walk-in
/// service, with the numbers waiting and the longest wait, the window staff call to, and
/// "Call next".
///
/// A call is written on the store writer's thread; once it is on disk the queue display shows
/// it and says it on the public speaker (QueueDisplay::announce).
class QueueCaller : public QObject, public ProcessSingleton<QueueCaller>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// One map per walk-in service: {serviceId, name, prefix, waiting (labels, oldest first),
    /// waitingCount, longestWaitMinutes, calledCount, lastCalled (label or "")}.
    Q_PROPERTY(QVariantList queues READ queues NOTIFY queuesChanged)
    /// The window the next call sends people to, 1 to maximumWindow. Kept while the kiosk runs.
    Q_PROPERTY(int window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(int maximumWindow READ maximumWindow CONSTANT)
    /// A call is being written.
    Q_PROPERTY(bool calling READ calling NOTIFY messageChanged)
    /// What the last call did, in plain words ("A012 called to window 2." / "Nobody is waiting
    /// for Legal advice.").
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// "", "called", "nobody" or "failed": the kind of `message`.
    Q_PROPERTY(QString messageKind READ messageKind NOTIFY messageChanged)

public:
    static constexpr int windows = 20;

    [[nodiscard]] QVariantList queues() const { return m_queues; }
    [[nodiscard]] int window() const { return m_window; }
    void setWindow(int window);
    [[nodiscard]] int maximumWindow() const { return windows; }
    [[nodiscard]] bool calling() const { return m_calling; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString messageKind() const { return m_messageKind; }

    /// Reads today's queues from the store again.
    Q_INVOKABLE void reload();
    /// Calls the oldest waiting number of `serviceId` to `window`; false when it cannot start.
    Q_INVOKABLE bool callNext(const QString &serviceId);
    /// Forgets the last call's sentence (leaving the page).
    Q_INVOKABLE void clearMessage();

signals:
    void queuesChanged();
    void windowChanged();
    void messageChanged();

private:
    friend class ProcessSingleton<QueueCaller>;
    explicit QueueCaller(QObject *parent = nullptr);
    void setMessage(const QString &kind, const core::TranslatableText &words);

    QVariantList m_queues;
    QHash<QString, core::LocalizedText> m_names;
    int m_window = 1;
    bool m_calling = false;
    QString m_messageKind;
    core::TranslatableText m_message;
};
