// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace idcard {

/// @brief A decoded response: the three status bytes and the data after them.
struct Response
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;

    /// Splits a frame body; nullopt when it is shorter than the three status bytes.
    [[nodiscard]] static std::optional<Response> fromBody(QByteArrayView body);

    /// SW3 is 90 (success) or 9F (card found; select may answer it too).
    [[nodiscard]] bool succeeded() const;
};

} // namespace idcard
