// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/applicationdraft.h"
#include "kiosk/store/applicationrecord.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/submitted.h"

#include <QList>

namespace store {

/// @brief The certificate procedures a visitor sends from the kiosk (apply, renew, replace,
/// transfer, change, cancel) and the status staff give them.
class ApplicationStore
{
public:
    explicit ApplicationStore(StoreContext &context);

    /// Saves the application and its outbox entry (`certificate_application`) in one
    /// transaction. Refuses (Invalid) a bad ID number, a phone that breaks the phone rule and a
    /// choice the procedure does not have (or a missing required one). A report of loss
    /// (replace, reason lost) marks the cached certificate reported lost today, at once, so
    /// the kiosk shows it even before the server has the report.
    Result<Submitted> submit(const QString &idNumber, const ApplicationDraft &draft);
    /// The applications of the holder of `idNumber`, newest first.
    Result<QList<ApplicationRecord>> applicationsOf(const QString &idNumber) const;

private:
    StoreContext &m_context;
};

} // namespace store
