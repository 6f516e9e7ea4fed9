// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/helprequestrecord.h"
#include "kiosk/store/place.h"
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

    /// Saves a help request and its outbox entry (`volunteer_request`) in one transaction.
    /// Refuses (Invalid) a phone that breaks the phone rule, a wanted day before today or an
    /// unknown note key, and (NotFound) a listed place not on the station's list.
    Result<Submitted> submitHelpRequest(const HelpRequestDraft &draft);
    /// The help requests filed under `visitorKey` (Store::keyFor), newest first.
    Result<QList<HelpRequestRecord>> requestsFor(const QString &visitorKey) const;
    /// The visitor withdraws a request that is not done: an outbox entry `request_cancellation`;
    /// the request shows CancellationWaitingToSend until the change feed says cancelled.
    /// NotFound for an unknown request, Invalid for a done one, AlreadyDone when cancelled
    /// already. Returns the cancellation's id.
    Result<QString> cancelRequest(const QString &requestId);
    /// 1..5 stars and optional core::RatingPhrases keys for a request that is done; once per
    /// request. Returns the rating's id.
    Result<QString> rate(const QString &requestId, int stars, const QStringList &phraseKeys = {});
    /// The station's hospitals and places a volunteer can meet a visitor at (change feed
    /// entity `place`), in the station's order.
    Result<QList<Place>> places() const;

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
