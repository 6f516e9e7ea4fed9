// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace server {

/// @brief Volunteers' check-ins and check-outs pushed by the kiosks, and the hours they give.
///
/// A check-in (`check_in`, direction "in") opens a served span at its station, for an assignment
/// of that station or, with no assignment, as station duty that a coordinator approves. Its
/// check-out (`check_out`, or the older `check_in` with direction "out") closes it: the served
/// time counts in half-hour steps (core::VolunteerHours), from the kiosk's monotonic
/// servedMinutes when sent, else from the two kiosk times. Assigned hours count at once, duty
/// hours once approved; either way they add to the volunteer's total across stations and the
/// volunteer's change row is sent again. Every call runs inside the caller's transaction.
class CheckInDesk
{
public:
    /// At most this long a single served span may be (a forgotten check-out is for staff).
    static constexpr qint64 maxServedMinutes = 16 * 60;

    struct Period
    {
        QString checkInId;
        QString volunteerId;
        QString stationId;
        QString stationName;
        QString assignmentId; ///< empty for station duty
        QString helpType;     ///< the assignment's help type, if any
        QDateTime start;      ///< UTC
        QDateTime end;        ///< UTC; invalid while still checked in
        qint64 halfHours = 0;
        QString dutyStatus; ///< empty (assignment), pending, approved, refused
        bool counted = false;
    };

    explicit CheckInDesk(Database &db) : m_db(db) {}

    [[nodiscard]] static bool isCheckIn(const QString &kind, const QJsonObject &payload);
    [[nodiscard]] static bool isCheckOut(const QString &kind, const QJsonObject &payload);

    /// Why a pushed check-in or check-out cannot be kept ("field: reason"), or empty.
    [[nodiscard]] QString pushProblem(const QString &kind, const QJsonObject &payload, const QString &stationId);
    /// Records a checked item: opens the span, or closes it and counts its hours.
    bool apply(const QString &kind, const QJsonObject &payload, const QString &id, const QString &stationId);

    /// Station duty waiting for a coordinator, oldest first (still open ones too).
    [[nodiscard]] std::optional<QList<Period>> pendingDuty();
    /// Approves checked-out station duty: its hours count, and its station gets a duty_status
    /// row (approved, hours). `problem` says why not.
    bool approveDuty(const QString &checkInId, QString *problem);
    /// Refuses station duty (open or closed): its hours never count; duty_status refused, reason.
    bool refuseDuty(const QString &checkInId, const QString &reason, QString *problem);
    /// A volunteer's spans, oldest first; `from`/`to` (station days, inclusive) when valid.
    [[nodiscard]] std::optional<QList<Period>> periods(const QString &volunteerId, QDate from = {}, QDate to = {});

private:
    QString overlapProblem(const QString &volunteerId, const QString &exceptId, qint64 start, qint64 end);
    /// The station of a station duty check-in hears the coordinator's decision (duty_status).
    bool tellStation(const QString &checkInId, const QString &stationId, const QString &status, qint64 halfHours,
                     const QString &reason);
    bool count(const QString &checkInId, const QString &volunteerId, qint64 halfHours, const QString &stationId);

    Database &m_db;
};

} // namespace server
