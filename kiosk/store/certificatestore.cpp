// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/certificatestore.h"

#include "kiosk/store/changeset.h"
#include "kiosk/store/sqlvalues.h"
#include "kiosk/store/syncqueue.h"

namespace store {

namespace {

CertificateRecord readCertificate(const QSqlQuery &q)
{
    CertificateRecord r;
    r.idHash = q.value(0).toString();
    r.maskedId = q.value(1).toString();
    r.category = core::Disability::categoryFromDigit(q.value(2).toInt()).value_or(core::DisabilityCategory::Multiple);
    r.level = q.value(3).toInt();
    r.replacement = q.value(4).toInt();
    r.state = core::CertificateStates::fromKey(q.value(5).toString()).value_or(core::CertificateState::Received);
    r.stateSince = SqlValues::toDate(q.value(6));
    r.issuedOn = SqlValues::toDate(q.value(7));
    r.validUntil = SqlValues::toDate(q.value(8));
    r.pickupPlace = SqlValues::toText(q, 9);
    r.updatedAt = SqlValues::toUtc(q.value(11));
    r.reportedLostOn = SqlValues::toDate(q.value(12));
    r.lossConfirmed = r.reportedLostOn.isValid() && q.value(13).toInt() != 0;
    return r;
}

} // namespace

CertificateStore::CertificateStore(StoreContext &context)
    : m_context(context)
{
}

Result<std::optional<CertificateRecord>> CertificateStore::lookupCertificate(QStringView idNumber) const
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    auto q = m_context.database().exec(
        QStringLiteral("SELECT id_hash, masked_id, category, level, replacement, state, state_since, issued_on, "
                       "valid_until, pickup_place_zh, pickup_place_en, updated_at, reported_lost_on, loss_confirmed "
                       "FROM certificates "
                       "WHERE id_hash = ?"),
        {key.value()});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(readCertificate(q.value()));
}

Result<void> CertificateStore::cacheCertificate(const CertificateRecord &record)
{
    // The same upsert as the change feed's, with no cursor: SyncQueue::apply keeps the stored one.
    ChangeSet one;
    one.certificates.append(record);
    return SyncQueue(m_context.database()).apply(one);
}

} // namespace store
