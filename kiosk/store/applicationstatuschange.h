// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/applicationstate.h"
#include "core/localizedtext.h"

#include <QDateTime>
#include <QString>

namespace store {

/// @brief Staff moved one of this station's certificate applications (change feed entity
/// `application_status`, keyed by the application's record id).
struct ApplicationStatusChange
{
    QString id; ///< the application's record id
    core::ApplicationState status = core::ApplicationState::Submitted;
    QDateTime changedAt;
    QString reason{};                  ///< plain words for the visitor; with refused
    core::LocalizedText pickupPlace{}; ///< optional with done
};

} // namespace store
