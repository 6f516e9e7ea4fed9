// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/helprequestrecord.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"
#include "kiosk/store/submitted.h"

namespace store {

/// @brief What a visitor asks for: volunteer help (and its rating), station staff, a home
/// assessment or a fee waiver.
class RequestStore
{
public:
    explicit RequestStore(StoreContext &context);

    Result<Submitted> submitHelpRequest(const HelpRequestDraft &draft);
    /// The help requests filed under `visitorKey` (Store::keyFor), newest first.
    Result<QList<HelpRequestRecord>> requestsFor(const QString &visitorKey) const;
    /// 1..5 stars for a request that is done; once per request. Returns the rating's id.
    Result<QString> rate(const QString &requestId, int stars);

    /// Calls station staff to the kiosk; `reason` is a short key such as "help_at_kiosk".
    Result<QString> callStaff(const QString &reason);
    Result<Submitted> requestHomeAssessment(QStringView idNumber, const QString &phone, const QString &note = {});
    Result<Submitted> requestFeeWaiver(QStringView idNumber, const QString &phone, const QString &note = {});

private:
    Result<Submitted> requestAssessment(const QString &kind, QStringView idNumber, const QString &phone,
                                        const QString &note);

    StoreContext &m_context;
};

} // namespace store
