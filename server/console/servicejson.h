// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/servicedefinition.h"

#include <QJsonObject>
#include <QString>

namespace server::console {

/// @brief A catalogue service as the console reads and edits it: every text in both languages,
/// the opening pattern (core::WeeklyHours text), slot minutes and capacity.
class ServiceJson
{
public:
    /// {code, category, name:{zh,en}, officialName, offers, eligibility, whatToBring,
    /// openingHours, place, pattern, slotMinutes, capacity, bookable, walkIn, queuePrefix, sortOrder}
    [[nodiscard]] static QJsonObject toJson(const ServiceDefinition &service);

    struct EditProblem
    {
        int status = 0; ///< 0: none; 400 for a field of the wrong shape, 422 for a value the service cannot have
        QString field;
        QString message;
    };
    /// Applies an edit (any of the texts as {zh?, en?}, pattern, slotMinutes, capacity) to
    /// `service` and checks the result as the catalogue does (ServiceDefinition::problem).
    /// `changed` lists the fields given, for the audit.
    [[nodiscard]] static EditProblem apply(const QJsonObject &edit, ServiceDefinition *service, QStringList *changed);
};

} // namespace server::console
