// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace server {

/// @brief What a kiosk asks when it holds a place (BookingHold in openapi.yaml); a pushed
/// `booking` item carries the same fields. read() checks the shape and the values and names
/// the first field at fault in plain words; it never quotes the phone.
struct BookingHold
{
    QString id;
    QString slotId;
    QString serviceId;
    QString startsAt; ///< as the kiosk has it (local time); the slot's own time decides
    QString code;
    QString visitorKey; ///< empty when the visitor did not identify
    QString phone;      ///< digits, empty when not given

    struct Problem
    {
        QString field;
        QString message;
    };

    [[nodiscard]] static std::optional<BookingHold> read(const QJsonObject &body, Problem *problem);
};

} // namespace server
