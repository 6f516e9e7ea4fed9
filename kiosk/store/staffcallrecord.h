// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace store {

/// @brief A visitor's call for station staff as staff mode lists it: why, when, how staff
/// handle it and whether the centre has it. Nobody's data: the reason is a key
/// ("help_at_kiosk", "certificate_appeal").
struct StaffCallRecord
{
    /// Staff's handling: open (nobody has answered), acknowledged (someone is on the way),
    /// closed (dealt with).
    enum class State { Open, Acknowledged, Closed };
    /// The call's delivery to the centre: still in the outbox, refused by the server (parked),
    /// or delivered (gone from the outbox).
    enum class Delivery { Waiting, Refused, Delivered };

    QString id;
    QString reason;
    QDateTime createdAt;      ///< UTC
    State state = State::Open;
    QDateTime acknowledgedAt; ///< UTC; invalid until acknowledged
    QDateTime closedAt;       ///< UTC; invalid until closed
    Delivery delivery = Delivery::Waiting;

    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] static State stateOf(const QString &key);
    [[nodiscard]] static QString deliveryKey(Delivery delivery);
};

} // namespace store
