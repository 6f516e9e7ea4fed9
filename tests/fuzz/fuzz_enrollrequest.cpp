// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the body of POST /v1/stations/enroll (core::wire::EnrollRequest::fromJson),
// the one route anybody can reach without a token. Besides crashes and leaks it checks what the
// enrollment relies on: a refusal always says why, an accepted code is non-blank and at most
// 128 characters, a nonce is empty or valid, and the kiosk's own encoding reads back the same.
#include "core/wire/enrollrequest.h"

#include <cstddef>
#include <cstdint>

using core::wire::EnrollRequest;
using core::wire::FieldProblem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(bytes), qsizetype(size));
    FieldProblem problem;
    const auto request = EnrollRequest::fromJson(body, &problem);
    if (!request) {
        if (problem.message.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    if (request->enrollmentCode.trimmed().isEmpty() || request->enrollmentCode.size() > EnrollRequest::maxCodeLength)
        __builtin_trap();
    if (!request->clientNonce.isEmpty() && !EnrollRequest::isValidNonce(request->clientNonce))
        __builtin_trap();
    const auto reread = EnrollRequest::fromJson(request->toJson(), nullptr);
    if (!reread || reread->enrollmentCode != request->enrollmentCode || reread->clientNonce != request->clientNonce)
        __builtin_trap();
    return 0;
}
