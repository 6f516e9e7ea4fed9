// SPDX-License-Identifier: GPL-3.0-or-later
// How much of a card read is the driver's own work? A reader needs about a second to read a
// card; the driver's share should be a rounding error next to that.
#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/frame.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/readersession.h"
#include "drivers/idcard/response.h"
#include "drivers/idcard/simulatedreader.h"
#include "drivers/idcard/simulatedtransport.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>

using namespace idcard;

namespace {

template<typename F>
double nsPerRun(int runs, F &&f)
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < runs; ++i)
        f();
    return double(clock.nsecsElapsed()) / runs;
}

volatile quint8 sink = 0;

} // namespace

int main()
{
    auto reader = std::make_shared<SimulatedReader>();
    reader->presentDemoCard(0);
    // A read answer as the reader sends it, taken from the simulated device.
    (void)reader->receive(Frame::request(Command::FindCard));
    (void)reader->receive(Frame::request(Command::SelectCard));
    const QByteArray answer = reader->receive(Frame::request(Command::ReadText));

    const int runs = 20000;
    const double baseline = nsPerRun(runs, [&] { sink = sink ^ Frame::checksum(answer); });
    const double decode = nsPerRun(runs, [&] {
        FrameDecoder d;
        for (qsizetype at = 0; at < answer.size(); at += 64) // 64-byte USB packets
            d.append(QByteArrayView(answer).sliced(at, qMin<qsizetype>(64, answer.size() - at)));
        if (d.next() == FrameDecoder::Result::Frame) {
            const auto card = CardParser::parseReadData(Response::fromBody(d.body())->data);
            sink = sink ^ quint8(card ? card->name.size() : 0);
        }
    });

    const int cycles = 2000;
    const double cycle = nsPerRun(cycles, [&] {
        reader->presentDemoCard(3);
        SimulatedTransport transport(reader);
        ReaderError error;
        (void)transport.open(&error);
        ReaderSession session(transport, 1000);
        if (session.findCard(&error) == ReaderSession::Presence::Card)
            sink = sink ^ quint8(session.readCard(&error).has_value());
    });

    std::printf("bench_idcard: baseline (XOR over one %lld-byte read answer): %.2f us\n",
                static_cast<long long>(answer.size()), baseline / 1000);
    std::printf("bench_idcard: decode + parse in 64-byte pieces:  %.2f us  (%.1fx baseline)\n",
                decode / 1000, decode / baseline);
    std::printf("bench_idcard: find + select + read, simulated (device side included): %.2f us  (%.1fx baseline)\n",
                cycle / 1000, cycle / baseline);
    return 0;
}
