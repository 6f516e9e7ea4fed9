// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core::wire {

/// @brief The kinds of visitor-originated records a kiosk may push ("volunteer_request", ...).
///
/// The server refuses an item of any other kind with a reason, so a kiosk built against a newer
/// wire format parks it instead of losing it.
class RecordKind
{
public:
    [[nodiscard]] static const QStringList &all();
    [[nodiscard]] static bool isKnown(const QString &kind);
};

} // namespace core::wire
