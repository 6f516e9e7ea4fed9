// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/helptype.h"
#include "core/requeststate.h"

#include <QDateTime>

namespace store {

/// @brief A saved help request and where it stands.
struct HelpRequestRecord
{
    QString id;
    core::HelpType type = core::HelpType::AccompanyToHospital;
    QString code;
    core::RequestState status = core::RequestState::Submitted;
    QDateTime statusChangedAt;
    QDateTime wantedAt;
    QString note;
    QDateTime createdAt;
    bool rated = false;
};

} // namespace store
