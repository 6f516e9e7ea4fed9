// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace server::console {

/// What a work-queue item is: where it is kept and which desk changes it.
enum class QueueKind { Help, Application, HomeAssessment, FeeWaiver, Booking, StaffCall };

/// @brief The kinds' keys on the console's wire ("help", "fee_waiver" ...) and the entity
/// names their audit rows and history notes are kept under.
class QueueKinds
{
public:
    [[nodiscard]] static QList<QueueKind> all();
    [[nodiscard]] static QString key(QueueKind kind);
    [[nodiscard]] static std::optional<QueueKind> fromKey(const QString &key);
    [[nodiscard]] static QStringList keys();
    /// console_audit.entity and console_notes.entity: "help_request", "application",
    /// "assessment" (home assessments and fee waivers alike), "booking", "staff_call".
    [[nodiscard]] static QString entity(QueueKind kind);
};

} // namespace server::console
