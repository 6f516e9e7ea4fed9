// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/certificatedate.h"
#include "kiosk/store/applicationrecord.h"

#include <QList>
#include <QStringView>
#include <QVariantList>

/// @brief A visitor's certificate applications as the certificate page shows them: each with
/// its state in plain words and the one date that matters, and the newest as timeline rows
/// after the certificate's own steps ("You asked: renew" done, "Being handled by staff" now,
/// "Done" later).
class ApplicationTimeline
{
public:
    /// The date of the application's state: sent on, expected by (the procedure's usual
    /// working days once staff took it on), done on, answered on.
    [[nodiscard]] static CertificateDate dateOf(const store::ApplicationRecord &application);
    /// [{name, stateName, dateLabel, dateText, reason, pickupPlace, code}], in the order given
    /// (newest first).
    [[nodiscard]] static QVariantList describe(const QList<store::ApplicationRecord> &applications, QStringView language);
    /// Timeline rows [{name, official, status}] for one application.
    [[nodiscard]] static QVariantList steps(const store::ApplicationRecord &application, QStringView language);
};
