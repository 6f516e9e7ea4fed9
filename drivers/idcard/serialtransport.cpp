// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/serialtransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace idcard {

namespace {

ReaderError errnoError(int code, const QString &what)
{
    const QString detail = what + u": "_s + QString::fromLocal8Bit(std::strerror(code));
    switch (code) {
    case ENOENT: return ReaderError(ReaderError::Kind::NotFound, detail);
    case EACCES:
    case EPERM: return ReaderError(ReaderError::Kind::NoAccess, detail);
    case EIO:
    case ENXIO:
    case ENODEV: return ReaderError(ReaderError::Kind::Disconnected, detail);
    default: return ReaderError(ReaderError::Kind::Io, detail);
    }
}

} // namespace

SerialTransport::SerialTransport(QString path)
    : m_path(std::move(path))
{
}

SerialTransport::~SerialTransport()
{
    close();
}

QString SerialTransport::description() const
{
    return u"serial "_s + m_path;
}

QStringList SerialTransport::candidatePorts()
{
    QStringList ports;
    const QDir dev(u"/dev"_s);
    for (const QString &name : dev.entryList({u"ttyACM*"_s, u"ttyUSB*"_s}, QDir::System, QDir::Name))
        ports << dev.filePath(name);
    return ports;
}

bool SerialTransport::open(ReaderError *error)
{
    close();
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errnoError(errno, u"open "_s + m_path);
        return false;
    }
    termios tio{};
    if (tcgetattr(fd, &tio) != 0) {
        if (error)
            *error = errnoError(errno, u"not a serial port"_s);
        ::close(fd);
        return false;
    }
    cfmakeraw(&tio);
    cfsetispeed(&tio, B115200);
    cfsetospeed(&tio, B115200);
    tio.c_cflag &= ~(PARENB | CSTOPB | CSIZE | CRTSCTS);
    tio.c_cflag |= CS8 | CLOCAL | CREAD;
    tio.c_cc[VMIN] = 0;
    tio.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSANOW, &tio) != 0) {
        if (error)
            *error = errnoError(errno, u"configure "_s + m_path);
        ::close(fd);
        return false;
    }
    tcflush(fd, TCIOFLUSH); // stale bytes from before would confuse the first answer
    m_fd = fd;
    return true;
}

void SerialTransport::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool SerialTransport::write(QByteArrayView bytes, int timeoutMs, ReaderError *error)
{
    if (m_fd < 0) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return false;
    }
    QDeadlineTimer deadline(qMax(1, timeoutMs));
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + sent, size_t(bytes.size() - sent));
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            if (error)
                *error = errnoError(errno, u"write"_s);
            return false;
        }
        if (deadline.hasExpired()) {
            if (error)
                *error = ReaderError(ReaderError::Kind::Timeout, u"write"_s);
            return false;
        }
        pollfd p{m_fd, POLLOUT, 0};
        ::poll(&p, 1, int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

QByteArray SerialTransport::read(int timeoutMs, ReaderError *error)
{
    if (m_fd < 0) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return {};
    }
    pollfd p{m_fd, POLLIN, 0};
    int rc;
    do {
        rc = ::poll(&p, 1, qMax(0, timeoutMs));
    } while (rc < 0 && errno == EINTR);
    if (rc == 0) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Timeout, u"serial read"_s);
        return {};
    }
    if (rc < 0 || (p.revents & (POLLERR | POLLNVAL))) {
        if (error)
            *error = errnoError(rc < 0 ? errno : EIO, u"poll"_s);
        return {};
    }
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
    if (n > 0) {
        buffer.truncate(n);
        return buffer;
    }
    // POLLHUP with nothing to read, or EIO: the port went away (unplugged adapter).
    if (error)
        *error = n == 0 || (n < 0 && errno != EAGAIN) ? errnoError(n == 0 ? EIO : errno, u"read"_s)
                                                       : ReaderError();
    return {};
}

} // namespace idcard
