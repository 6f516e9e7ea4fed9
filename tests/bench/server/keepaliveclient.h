// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

#include <functional>
#include <vector>

/// @brief One simulated kiosk for the benchmark: a single keep-alive HTTP/1.1 connection that
/// sends its requests one after the other (as a kiosk does) and records each one's latency.
///
/// QNetworkAccessManager would queue behind six connections per host; a benchmark of 100
/// concurrent kiosks needs 100 real connections, so the few lines of HTTP are written here.
class KeepAliveClient : public QObject
{
    Q_OBJECT

public:
    /// `nextRequest(i)` gives the i-th whole request (request line, headers, body).
    KeepAliveClient(quint16 port, int requests, std::function<QByteArray(int)> nextRequest, QObject *parent = nullptr);

    void start();
    [[nodiscard]] const std::vector<double> &latenciesUs() const { return m_latencies; }
    /// Answers by status: [0] 2xx, [1] 409, [2] anything else (or a broken connection).
    [[nodiscard]] int answers(int group) const { return m_answers[group]; }

signals:
    void finished();

private:
    void sendNext();
    void read();

    QTcpSocket m_socket;
    quint16 m_port;
    int m_requests;
    int m_sent = 0;
    std::function<QByteArray(int)> m_nextRequest;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    std::vector<double> m_latencies;
    int m_answers[3] = {0, 0, 0};
};
