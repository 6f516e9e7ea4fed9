// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/staffcallrecord.h"

namespace store {

QString StaffCallRecord::stateKey(State state)
{
    switch (state) {
    case State::Open: return QStringLiteral("open");
    case State::Acknowledged: return QStringLiteral("acknowledged");
    case State::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

StaffCallRecord::State StaffCallRecord::stateOf(const QString &key)
{
    if (key == u"acknowledged")
        return State::Acknowledged;
    if (key == u"closed")
        return State::Closed;
    return State::Open;
}

QString StaffCallRecord::deliveryKey(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Waiting: return QStringLiteral("waiting");
    case Delivery::Refused: return QStringLiteral("refused");
    case Delivery::Delivered: return QStringLiteral("delivered");
    }
    return QStringLiteral("waiting");
}

} // namespace store
