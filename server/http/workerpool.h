// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/sharedlimiters.h"
#include "server/serverconfig.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace server {

class ApiRouter;
class Database;

/// @brief Threads that do the API's database work, each with its own connection and ApiRouter.
///
/// Qt SQL connections belong to the thread that opened them, so every worker opens its own
/// through the factory. The queue is bounded: when it is full the caller answers 503 `busy`
/// instead of letting requests pile up without end.
class WorkerPool
{
public:
    using DatabaseFactory = std::function<std::unique_ptr<Database>(QString *error)>;
    using Job = std::function<void(ApiRouter &router)>;

    /// `prepare` is called on each worker's new router (e.g. who writes station contacts).
    WorkerPool(QString name, int threads, int queueLimit, DatabaseFactory factory, const ServerConfig &config,
               std::shared_ptr<SharedLimiters> limiters, Job prepare = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /// Starts the threads and waits until each has opened its database; false and `error` when
    /// one could not (the others are stopped again).
    bool start(QString *error);
    /// Queues a job for the next free worker; false when the queue is full or the pool stopped.
    [[nodiscard]] bool trySubmit(Job job);
    /// Runs the jobs already queued, then each worker writes what it holds in memory (station
    /// contacts) and closes its connection.
    void stop();

private:
    void run();

    const QString m_name;
    const int m_threadCount;
    const std::size_t m_queueLimit;
    DatabaseFactory m_factory;
    ServerConfig m_config;
    std::shared_ptr<SharedLimiters> m_limiters;
    Job m_prepare;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_startedOrFailed;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    int m_ready = 0;
    QString m_startError;
    std::vector<std::thread> m_threads;
};

} // namespace server
