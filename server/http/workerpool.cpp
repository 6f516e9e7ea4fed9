// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/workerpool.h"

#include "server/apirouter.h"
#include "server/database.h"

namespace server {

WorkerPool::WorkerPool(QString name, int threads, int queueLimit, DatabaseFactory factory, const ServerConfig &config,
                       std::shared_ptr<SharedLimiters> limiters, Job prepare)
    : m_name(std::move(name)), m_threadCount(qMax(1, threads)), m_queueLimit(std::size_t(qMax(1, queueLimit))),
      m_factory(std::move(factory)), m_config(config), m_limiters(std::move(limiters)), m_prepare(std::move(prepare))
{
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::start(QString *error)
{
    for (int i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this] { run(); });
    std::unique_lock lock(m_mutex);
    m_startedOrFailed.wait(lock, [this] { return m_ready == m_threadCount || !m_startError.isEmpty(); });
    if (m_startError.isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("%1 worker: %2").arg(m_name, m_startError);
    lock.unlock();
    stop();
    return false;
}

bool WorkerPool::trySubmit(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_queueLimit)
            return false;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void WorkerPool::run()
{
    QString problem;
    std::unique_ptr<Database> db = m_factory(&problem);
    if (!db) {
        const std::lock_guard lock(m_mutex);
        m_startError = problem.isEmpty() ? QStringLiteral("cannot open the database") : problem;
        m_startedOrFailed.notify_all();
        return;
    }
    {
        auto router = std::make_unique<ApiRouter>(*db, m_config, m_limiters);
        if (m_prepare)
            m_prepare(*router);
        {
            const std::lock_guard lock(m_mutex);
            ++m_ready;
        }
        m_startedOrFailed.notify_all();
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                // Wakes at least every few seconds, so what is due (station contacts) is written
                // even when no request comes.
                if (!m_wake.wait_for(lock, std::chrono::seconds(5), [this] { return m_stopping || !m_queue.empty(); })) {
                    lock.unlock();
                    router->maintain();
                    continue;
                }
                if (m_queue.empty())
                    break; // stopping, and nothing left to answer
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            job(*router);
        }
        // The router's destructor writes the station contacts it noted, on this thread's
        // connection, before the connection closes.
    }
    db.reset();
}

} // namespace server
