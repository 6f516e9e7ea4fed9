// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/console/queueitem.h"

#include <QJsonObject>

namespace server::console {

/// @brief What a coordinator reads of an item: a short summary for the list and the details
/// to act on, from what the kiosk sent (core/wire payloads, openapi.yaml) and the desks' rows.
///
/// Catalogue words go as their keys (helpType, dayPart, place kind, note keys, procedure,
/// choice, staff call reason): the page words them in its language. Names the server holds
/// in both languages (a listed place, a service) go as {zh, en}. The phone, the visitor key
/// and any ID number never go here.
class QueueDescription
{
public:
    /// A help request's payload (VolunteerRequestPayload); `placeName` the listed place's name.
    static void describeHelp(QueueItem &item, const QJsonObject &payload, const core::LocalizedText &placeName);
    /// A home assessment or fee waiver (HomeAssessmentRequestPayload): the visitor's note in details.
    static void describeAssessment(QueueItem &item, const QJsonObject &payload);
    static void describeStaffCall(QueueItem &item, const QJsonObject &payload);

    struct Application
    {
        QString procedure, choice, code, reason, reportedLostOn;
        bool certificateFound = false;
    };
    static void describeApplication(QueueItem &item, const Application &application);

    struct Booking
    {
        QString serviceCode, startsAt, code, reason;
        core::LocalizedText serviceName;
    };
    static void describeBooking(QueueItem &item, const Booking &booking);

    /// {zh, en}, or null when both are empty.
    [[nodiscard]] static QJsonValue text(const core::LocalizedText &text);
};

} // namespace server::console
