// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/transport.h"

#include <memory>

namespace idcard {

class SimulatedReader;

/// @brief Connects the driver to a SimulatedReader as if over a wire.
///
/// Answers come back in pieces of `chunkSize` bytes, as many USB readers send them, so the
/// driver's reassembly runs in the demo too.
class SimulatedTransport : public Transport
{
public:
    explicit SimulatedTransport(std::shared_ptr<SimulatedReader> reader, qsizetype chunkSize = 64);

    bool open(ReaderError *error) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    bool write(QByteArrayView bytes, int timeoutMs, ReaderError *error) override;
    QByteArray read(int timeoutMs, ReaderError *error) override;
    QString description() const override;

private:
    std::shared_ptr<SimulatedReader> m_reader;
    QByteArray m_pending;
    qsizetype m_chunkSize;
    bool m_open = false;
};

} // namespace idcard
