// SPDX-License-Identifier: GPL-3.0-or-later
#include "keepaliveclient.h"

KeepAliveClient::KeepAliveClient(quint16 port, int requests, std::function<QByteArray(int)> nextRequest, QObject *parent)
    : QObject(parent), m_port(port), m_requests(requests), m_nextRequest(std::move(nextRequest))
{
    m_latencies.reserve(size_t(requests));
    connect(&m_socket, &QTcpSocket::connected, this, &KeepAliveClient::sendNext);
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveClient::read);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_answers[2] += m_requests - m_sent + (m_buffer.isEmpty() ? 0 : 1);
        m_sent = m_requests;
        emit finished();
    });
}

void KeepAliveClient::start()
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
}

void KeepAliveClient::sendNext()
{
    if (m_sent == m_requests) {
        m_socket.disconnectFromHost();
        emit finished();
        return;
    }
    const QByteArray request = m_nextRequest(m_sent++);
    m_timer.start();
    m_socket.write(request);
}

void KeepAliveClient::read()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headerEnd).toLower();
    qsizetype length = 0;
    if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
        length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    m_latencies.push_back(double(m_timer.nsecsElapsed()) / 1000.0);
    const int status = head.mid(9, 3).toInt();
    m_answers[status / 100 == 2 ? 0 : status == 409 ? 1 : 2]++;
    m_buffer.remove(0, headerEnd + 4 + length);
    sendNext();
}
