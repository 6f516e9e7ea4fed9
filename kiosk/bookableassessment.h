// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/servicestore.h"

#include <QList>
#include <QString>

/// @brief The station's bookable disability assessment (a designated hospital's service of
/// category core::ServiceCategory::Assessment): one place asks the store, for the certificate
/// page and the apply page alike.
class BookableAssessment
{
public:
    /// The first bookable assessment service's id; "" when the station lists none or has no store.
    [[nodiscard]] static QString serviceId();
    /// The first bookable one among `assessments` (the catalogue of assessment services).
    [[nodiscard]] static QString serviceIdIn(const QList<store::ServiceOffer> &assessments);
};
