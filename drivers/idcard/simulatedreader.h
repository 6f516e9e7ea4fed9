// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/idcard.h"

#include <QByteArray>
#include <QMutex>

namespace idcard {

/// @brief The device side of the reader protocol, byte for byte, with a card that staff can
/// place on it and take away.
///
/// It decodes request frames, keeps the reader's state (a card must be found, then selected,
/// then read; after a read it must leave the field before it is found again) and answers with
/// response frames, wrong checksums from the host included (SW3 10). The demo and the tests put
/// it behind the same Transport interface as real readers. Thread-safe: staff mode presents
/// cards from the GUI thread while the reader thread talks to it.
class SimulatedReader
{
public:
    SimulatedReader();

    /// Bytes from the host; returns the bytes the reader sends back (empty until a whole
    /// request has arrived, several answers if several requests did).
    [[nodiscard]] QByteArray receive(QByteArrayView bytes);

    /// Places `card` on the reader (replacing any card there).
    void presentCard(const IdCard &card);
    /// Places demo identity `index` (see DemoIdentities); false when out of range.
    bool presentDemoCard(int index);
    void removeCard();
    [[nodiscard]] bool hasCard() const;

    /// The 16-byte SAM id the reader reports.
    [[nodiscard]] static QByteArray samId();

private:
    enum class CardState { Absent, InField, Found, Selected, Read };

    [[nodiscard]] QByteArray answer(QByteArrayView body);

    mutable QMutex m_mutex;
    FrameDecoder m_decoder{3};
    QByteArray m_text;
    CardState m_state = CardState::Absent;
};

} // namespace idcard
