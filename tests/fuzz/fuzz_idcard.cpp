// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the ID-card reader's frame decoder and card text parser: everything a
// reader (or a device pretending to be one) can send the kiosk.
#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/response.h"
#include "drivers/idcard/simulatedreader.h"

#include <cstddef>
#include <cstdint>

using namespace idcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(bytes), qsizetype(size));

    // The host side: responses arrive in pieces whose size the first byte picks, as USB
    // firmware and serial lines split them.
    const qsizetype piece = size ? (bytes[0] % 67) + 1 : 1;
    FrameDecoder decoder;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        decoder.append(input.sliced(at, qMin(piece, input.size() - at)));
        for (;;) {
            const auto result = decoder.next();
            if (result == FrameDecoder::Result::NeedMore)
                break;
            if (result != FrameDecoder::Result::Frame)
                continue;
            if (decoder.body().size() > 4096)
                __builtin_trap(); // the decoder must never hand out more than 4 KiB
            if (const auto response = Response::fromBody(decoder.body()))
                (void)CardParser::parseReadData(response->data);
        }
        if (decoder.pending() > 7 + 4096)
            __builtin_trap(); // nor hoard more than one maximal frame
    }

    // The text block on its own, wherever 256 bytes are available.
    if (input.size() >= CardParser::TextSize)
        (void)CardParser::parseText(input.first(CardParser::TextSize));

    // The device side of the simulated reader decodes requests with the same decoder.
    SimulatedReader reader;
    (void)reader.receive(input);
    return 0;
}
