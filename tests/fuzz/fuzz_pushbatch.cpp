// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the body of POST /v1/sync/push (core::wire::PushBatch::fromJson): what any
// holder of a station token, or a broken kiosk, can send the server. Besides crashes and leaks it
// checks the promises the server relies on: a refusal always says why, an accepted batch holds 1
// to 500 items with UUIDs and non-empty kinds, and what the kiosk writes back (toJson) reads the
// same again.
#include "core/wire/pushbatch.h"

#include <cstddef>
#include <cstdint>

using core::wire::FieldProblem;
using core::wire::OutboxItem;
using core::wire::PushBatch;

namespace {
bool sameItem(const OutboxItem &a, const OutboxItem &b)
{
    return a.id == b.id && a.kind == b.kind && a.createdAt == b.createdAt && a.payload == b.payload;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(bytes), qsizetype(size));
    FieldProblem problem;
    const auto batch = PushBatch::fromJson(body, &problem);
    if (!batch) {
        if (problem.message.isEmpty())
            __builtin_trap(); // a 400 without a reason leaves the kiosk's staff guessing
        return 0;
    }
    if (batch->items.isEmpty() || batch->items.size() > PushBatch::maxItems || batch->backlog < -1)
        __builtin_trap();
    for (const OutboxItem &item : batch->items) {
        if (!OutboxItem::isUuid(item.id) || item.id != item.id.toLower() || item.kind.isEmpty())
            __builtin_trap();
    }
    // The kiosk's own encoding of an accepted batch must be accepted as the same batch.
    FieldProblem again;
    const auto reread = PushBatch::fromJson(batch->toJson(), &again);
    if (!reread || reread->backlog != batch->backlog || reread->items.size() != batch->items.size())
        __builtin_trap();
    for (qsizetype i = 0; i < batch->items.size(); ++i) {
        if (!sameItem(batch->items.at(i), reread->items.at(i)))
            __builtin_trap();
    }
    return 0;
}
