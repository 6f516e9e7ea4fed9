// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/applicationstore.h"

#include "core/masking.h"
#include "core/procedurechoice.h"
#include "core/uuidv7.h"
#include "kiosk/store/helprequestcheck.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/sqlvalues.h"

#include <QJsonValue>

namespace store {

namespace {

using Kind = StoreError::Kind;
using P = core::CertificateProcedure;

} // namespace

ApplicationStore::ApplicationStore(StoreContext &context)
    : m_context(context)
{
}

Result<Submitted> ApplicationStore::submit(const QString &idNumber, const ApplicationDraft &draft)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    const QString visitorKey = key.value();
    auto typedPhone = HelpRequestCheck::phoneDigits(draft.phone);
    if (!typedPhone.ok())
        return typedPhone.error();
    const QString phone = typedPhone.value();
    if (!core::ProcedureChoices::isValid(draft.procedure, draft.choice)) {
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::ApplicationStore",
                                "Please choose one of the answers."),
                                core::ProcedureChoices::field(draft.procedure));
    }
    const QString maskedId = draft.maskedId.isEmpty() ? core::maskIdNumber(idNumber) : draft.maskedId;
    const QString procedure = core::CertificateProcedures::key(draft.procedure);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Submitted> {
        auto code = outbox.uniqueCode(QStringLiteral("certificate_applications"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        // No phone and no masked number in the row: both reach the server in the payload only,
        // which is deleted once delivered.
        auto inserted = db.exec(QStringLiteral("INSERT INTO certificate_applications(id, id_hash, procedure, choice, code, "
                                               "created_at, status, status_changed_at) "
                                               "VALUES(?, ?, ?, ?, ?, ?, 'submitted', ?)"),
                                {saved.id, visitorKey, procedure, draft.choice, saved.code, SqlValues::utc(at),
                                 SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        QJsonObject payload{{QStringLiteral("procedure"), procedure},
                            {QStringLiteral("visitorKey"), visitorKey},
                            {QStringLiteral("idNumberMasked"), maskedId},
                            {QStringLiteral("phone"), phone},
                            {QStringLiteral("code"), saved.code}};
        if (const QJsonValue choice = core::ProcedureChoices::toWire(draft.procedure, draft.choice); !choice.isUndefined())
            payload.insert(core::ProcedureChoices::field(draft.procedure), choice);
        if (auto queued = outbox.enqueue(saved.id, QStringLiteral("certificate_application"), payload, at); !queued.ok())
            return queued.error();
        // The lost card reads as reported lost here at once, offline too; the server marks it
        // when the entry arrives, and only its row sets loss_confirmed (SyncQueue).
        if (core::ProcedureChoices::isReportOfLoss(draft.procedure, draft.choice)) {
            auto marked = db.exec(QStringLiteral("UPDATE certificates SET reported_lost_on = ? WHERE id_hash = ?"),
                                  {SqlValues::date(at.toLocalTime().date()), visitorKey});
            if (!marked.ok())
                return marked.error();
        }
        return saved;
    });
}

Result<QList<ApplicationRecord>> ApplicationStore::applicationsOf(const QString &idNumber) const
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    auto q = m_context.database().exec(
        QStringLiteral("SELECT id, procedure, choice, code, created_at, status, status_changed_at, status_reason, "
                       "pickup_zh, pickup_en FROM certificate_applications WHERE id_hash = ? "
                       "ORDER BY created_at DESC, id DESC"),
        {key.value()});
    if (!q.ok())
        return q.error();
    QList<ApplicationRecord> out;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        ApplicationRecord r;
        r.id = rows.value(0).toString();
        r.procedure = core::CertificateProcedures::fromKey(rows.value(1).toString()).value_or(P::Apply);
        r.choice = rows.value(2).toString();
        r.code = rows.value(3).toString();
        r.createdAt = SqlValues::toUtc(rows.value(4));
        r.state = core::ApplicationStates::fromKey(rows.value(5).toString()).value_or(core::ApplicationState::Submitted);
        const QDateTime since = rows.value(6).isNull() ? r.createdAt : SqlValues::toUtc(rows.value(6));
        r.stateSince = since.toLocalTime().date();
        r.reason = rows.value(7).toString();
        r.pickupPlace = SqlValues::toText(rows, 8);
        out.append(r);
    }
    return out;
}

} // namespace store
