// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/response.h"

#include "drivers/idcard/command.h"

namespace idcard {

std::optional<Response> Response::fromBody(QByteArrayView body)
{
    if (body.size() < 3)
        return std::nullopt;
    Response r;
    r.sw1 = quint8(body[0]);
    r.sw2 = quint8(body[1]);
    r.sw3 = quint8(body[2]);
    r.data = body.sliced(3).toByteArray();
    return r;
}

bool Response::succeeded() const
{
    return sw3 == sw3::Success || sw3 == sw3::CardFound;
}

} // namespace idcard
