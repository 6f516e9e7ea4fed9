// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queuekind.h"

namespace server::console {

QList<QueueKind> QueueKinds::all()
{
    return {QueueKind::Help,      QueueKind::Application, QueueKind::HomeAssessment,
            QueueKind::FeeWaiver, QueueKind::Booking,     QueueKind::StaffCall};
}

QString QueueKinds::key(QueueKind kind)
{
    switch (kind) {
    case QueueKind::Help: return QStringLiteral("help");
    case QueueKind::Application: return QStringLiteral("application");
    case QueueKind::HomeAssessment: return QStringLiteral("home_assessment");
    case QueueKind::FeeWaiver: return QStringLiteral("fee_waiver");
    case QueueKind::Booking: return QStringLiteral("booking");
    case QueueKind::StaffCall: return QStringLiteral("staff_call");
    }
    return {};
}

std::optional<QueueKind> QueueKinds::fromKey(const QString &key)
{
    for (QueueKind kind : all()) {
        if (QueueKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QStringList QueueKinds::keys()
{
    QStringList out;
    for (QueueKind kind : all())
        out.append(key(kind));
    return out;
}

QString QueueKinds::entity(QueueKind kind)
{
    switch (kind) {
    case QueueKind::Help: return QStringLiteral("help_request");
    case QueueKind::Application: return QStringLiteral("application");
    case QueueKind::HomeAssessment:
    case QueueKind::FeeWaiver: return QStringLiteral("assessment");
    case QueueKind::Booking: return QStringLiteral("booking");
    case QueueKind::StaffCall: return QStringLiteral("staff_call");
    }
    return {};
}

} // namespace server::console
