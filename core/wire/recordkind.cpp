// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/recordkind.h"

namespace core::wire {

const QStringList &RecordKind::all()
{
    static const QStringList kinds{
        QStringLiteral("volunteer_request"), QStringLiteral("booking"),
        QStringLiteral("check_in"),          QStringLiteral("help_call"),
        QStringLiteral("rating"),            QStringLiteral("home_assessment_request"),
        QStringLiteral("request_cancellation"), QStringLiteral("booking_cancellation"),
        QStringLiteral("volunteer_registration"), QStringLiteral("check_out"),
        QStringLiteral("certificate_application"),
    };
    return kinds;
}

bool RecordKind::isKnown(const QString &kind)
{
    return all().contains(kind);
}

} // namespace core::wire
