// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"
#include "kiosk/store/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace store {
class Store;
}

/// @brief The visitor's writes, off the GUI thread: a thread of its own with its own
/// connection to the store file.
///
/// A page shows "saving" at once and "done" only when `done` runs, which is after the record
/// and its outbox entry are committed (synchronous=FULL: on disk). The GUI thread never waits
/// for an fsync or for the sync thread's write lock. Writes run one after another, in order.
class StoreWriter : public QObject, public ProcessSingleton<StoreWriter>
{
    Q_OBJECT

public:
    ~StoreWriter() override;

    /// Opens the writer's connection to the file StationStore opened, keyed the same way.
    void open(const QString &path, const QByteArray &secret);
    void close();
    [[nodiscard]] bool isOpen() const { return m_open; }

    /// Runs `job` on the writer's thread, then `done` with its result on `context`'s thread.
    /// `done` is dropped if `context` is gone by then (the visit ended); the write stands. A
    /// successful write is told to StationStore (noteRecordSaved) before `done` runs.
    template <typename T>
    void write(QObject *context, std::function<store::Result<T>(store::Store &)> job,
               std::function<void(store::Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        post([job = std::move(job), done = std::move(done), guard](store::Store *st) {
            store::Result<T> result = st ? job(*st) : store::Result<T>(notOpenError());
            // Back through this object, which lives on the GUI thread: whether `context` still
            // exists is only safe to ask there. A record on disk is announced whoever waits for
            // it (the sync client delivers it now), even when the visit that made it is over.
            QMetaObject::invokeMethod(
                StoreWriter::instance(),
                [done, result, guard] {
                    if (result.ok())
                        noteSaved();
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    /// Waits until every write posted so far is committed (shut-down and tests).
    void flush();

private:
    friend class ProcessSingleton<StoreWriter>;
    explicit StoreWriter(QObject *parent = nullptr);
    void post(std::function<void(store::Store *)> job);
    static store::StoreError notOpenError();
    static void noteSaved();

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    bool m_open = false;
};
