// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/simulatedtransport.h"

#include "drivers/idcard/simulatedreader.h"

using namespace Qt::StringLiterals;

namespace idcard {

SimulatedTransport::SimulatedTransport(std::shared_ptr<SimulatedReader> reader, qsizetype chunkSize)
    : m_reader(std::move(reader))
    , m_chunkSize(qMax<qsizetype>(1, chunkSize))
{
}

QString SimulatedTransport::description() const
{
    return u"simulated"_s;
}

bool SimulatedTransport::open(ReaderError *error)
{
    if (!m_reader) {
        if (error)
            *error = ReaderError(ReaderError::Kind::NotFound, u"no simulated reader"_s);
        return false;
    }
    m_pending.clear();
    m_open = true;
    return true;
}

void SimulatedTransport::close()
{
    m_open = false;
    m_pending.clear();
}

bool SimulatedTransport::write(QByteArrayView bytes, int, ReaderError *error)
{
    if (!m_open) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return false;
    }
    m_pending += m_reader->receive(bytes);
    return true;
}

QByteArray SimulatedTransport::read(int, ReaderError *error)
{
    if (!m_open) {
        if (error)
            *error = ReaderError(ReaderError::Kind::Disconnected, u"not open"_s);
        return {};
    }
    if (m_pending.isEmpty()) {
        // The simulated device answers at once; silence means it never will.
        if (error)
            *error = ReaderError(ReaderError::Kind::Timeout, u"simulated reader silent"_s);
        return {};
    }
    const QByteArray chunk = m_pending.first(qMin(m_chunkSize, m_pending.size()));
    m_pending.remove(0, chunk.size());
    return chunk;
}

} // namespace idcard
