// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>

#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

/// @brief The test's stand-in for systemd's notification socket: an AF_UNIX datagram socket
/// (what NOTIFY_SOCKET names) read on a thread of its own, every message kept with the time it
/// arrived.
class NotifySocket
{
public:
    using Clock = std::chrono::steady_clock;
    struct Message
    {
        Clock::time_point at;
        QByteArray text;
    };

    explicit NotifySocket(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        if (m_fd < 0 || size_t(bytes.size()) >= sizeof(address.sun_path))
            return;
        std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
        ::unlink(bytes.constData());
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
            return;
        timeval timeout{0, 20000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        m_bound = true;
        m_reader = std::thread([this] {
            char buffer[4096];
            while (!m_stop) {
                const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
                if (n > 0) {
                    std::lock_guard lock(m_lock);
                    m_messages.append({Clock::now(), QByteArray(buffer, int(n))});
                }
            }
        });
    }
    ~NotifySocket()
    {
        m_stop = true;
        if (m_reader.joinable())
            m_reader.join();
        if (m_fd >= 0)
            ::close(m_fd);
        ::unlink(m_path.toLocal8Bit().constData());
    }

    [[nodiscard]] bool isBound() const { return m_bound; }
    [[nodiscard]] QList<Message> messages() const
    {
        std::lock_guard lock(m_lock);
        return m_messages;
    }
    /// Messages whose lines include `line` (e.g. "WATCHDOG=1").
    [[nodiscard]] QList<Message> with(const QByteArray &line) const
    {
        QList<Message> found;
        for (const Message &message : messages()) {
            if (message.text.split('\n').contains(line))
                found.append(message);
        }
        return found;
    }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    std::atomic_bool m_stop{false};
    std::thread m_reader;
    mutable std::mutex m_lock;
    QList<Message> m_messages;
};
