// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificatestate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace core {

struct ProcedureRule;

/// The six things a certificate holder (or a person with none) can start at the kiosk.
enum class CertificateProcedure {
    Apply,    ///< 新办: a first application
    Renew,    ///< 换领: a new card when the validity ends
    Replace,  ///< 挂失补办: report a card lost or damaged and get a replacement
    Transfer, ///< 迁移: the household registration moved to another district
    Change,   ///< 类别/等级变更: a change of category or level
    Cancel,   ///< 注销
};

/// @brief The procedures' keys (wire, store, QML, page names: "replace"), their rules
/// (certificateprocedures.cpp) and which of them a certificate's state offers.
class CertificateProcedures
{
public:
    /// In the order of the enum: apply, renew, replace, transfer, change, cancel.
    [[nodiscard]] static QList<CertificateProcedure> all();
    [[nodiscard]] static QString key(CertificateProcedure procedure);
    [[nodiscard]] static std::optional<CertificateProcedure> fromKey(QStringView key);

    /// What the procedure is for, what to bring, where, how long, its choice and icon.
    [[nodiscard]] static const ProcedureRule &rule(CertificateProcedure procedure);

    /// The procedures offered to a visitor whose cached certificate is `stored` (nothing when
    /// there is none) in its state since `stateSince`, valid until `validUntil`, while the
    /// visitor's `openApplications` (submitted or accepted) are being handled:
    /// - none: apply;
    /// - cancelled: apply once a year has passed since the cancellation, else nothing;
    /// - issued or replaced: renew when renewal is due or the card has expired; replace,
    ///   change, transfer and cancel while it has not expired (expired: renew and cancel);
    /// - any other state (an application under way, not approved, transferred): nothing.
    /// A procedure with an open application of its kind is not offered again, and cancel is
    /// not offered while any application is open. Renew comes first, then replace, change,
    /// transfer, cancel.
    [[nodiscard]] static QList<CertificateProcedure> offered(std::optional<CertificateState> stored, QDate stateSince,
                                                             QDate validUntil, QDate today,
                                                             const QList<CertificateProcedure> &openApplications);
};

} // namespace core
