// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/fieldproblem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core::wire {

/// @brief How a kiosk stands, sent with its pushes (PushBatch `station`) so the coordinators'
/// console can show a reader that stopped, a full disk or items the server refused.
///
/// Nothing of a visitor's: states are fixed words, reasons the server's or the kiosk's own
/// words about an item (never its values), and a parked item names only its kind.
struct StationHealth
{
    /// At most this many parked items travel; parkedCount says how many there are in all.
    static constexpr int maxParked = 20;
    static constexpr int maxVersionLength = 40;
    static constexpr int maxKindLength = 40;
    static constexpr int maxReasonLength = 300;

    /// One outbox item the server refused (the kiosk keeps it aside for staff).
    struct ParkedItem
    {
        QString kind;   ///< the outbox kind, e.g. "volunteer_request"
        QString reason; ///< plain words, why it was refused
        QString since;  ///< when it was refused, ISO 8601 UTC

        bool operator==(const ParkedItem &) const = default;
    };

    QString version; ///< the kiosk's software version, e.g. "0.17.0"
    QString reader;  ///< one of readerStates()
    QString speaker; ///< one of speakerStates()
    qint64 freeDiskBytes = -1; ///< free bytes where the store lives; -1: not known (left out)
    QList<ParkedItem> parked;  ///< the oldest maxParked parked items
    int parkedCount = 0;       ///< all parked items, parked.size() or more

    bool operator==(const StationHealth &) const = default;

    /// "ok", "absent", "simulated" (the demo's invented cards), "error".
    [[nodiscard]] static QStringList readerStates();
    /// "ok", "absent" (no audio output), "muted" (the public speaker is silent), "error".
    [[nodiscard]] static QStringList speakerStates();

    /// A parked reason fit for a coordinator's screen, made the same way by the kiosk before it
    /// sends and by the server before it stores: one line, at most maxReasonLength, and any
    /// number that could be a phone or an ID number hidden as "***", whether written in one run
    /// ("13812345678"), in groups ("138 1234 5678", "138-1234-5678", "110101.19900307.123X") or
    /// ending in the ID number's X. Seven digits or more count; a volunteer number (TJ-V-000012)
    /// and a calendar day (2026-12-02) stay as they are.
    [[nodiscard]] static QString plainReason(const QString &reason);
    /// The same report with every parked reason made plain (plainReason()).
    [[nodiscard]] StationHealth withPlainReasons() const;

    [[nodiscard]] QJsonObject toJson() const;
    /// Checks types, words and limits; unknown fields are refused. `path` prefixes field names
    /// in problems ("station.reader").
    [[nodiscard]] static std::optional<StationHealth> fromJson(const QJsonValue &value, const QString &path,
                                                               FieldProblem *problem);
};

} // namespace core::wire
