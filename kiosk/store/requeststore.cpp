// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/requeststore.h"
#include "core/translatabletext.h"

#include "core/phonenumber.h"
#include "core/uuidv7.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/sqlvalues.h"

namespace store {

namespace {

using Kind = StoreError::Kind;

// The visitor may leave the phone out; anything typed must be a phone number (core::PhoneNumber,
// the one rule of the kiosk and the server). Kept as digits only, however it was typed.
Result<QString> phoneDigits(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QString();
    core::PhoneProblem problem = core::PhoneProblem::None;
    const auto phone = core::PhoneNumber::parse(typed, &problem);
    if (!phone)
        return StoreError{Kind::Invalid, core::PhoneNumber::problemText(problem), QStringLiteral("phone number refused")};
    return phone->digits();
}

} // namespace

RequestStore::RequestStore(StoreContext &context)
    : m_context(context)
{
}

Result<Submitted> RequestStore::submitHelpRequest(const HelpRequestDraft &draft)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    auto key = m_context.optionalVisitorKeyOf(draft.idNumber);
    if (!key.ok())
        return key.error();
    const QString visitorKey = key.value();
    auto typedPhone = phoneDigits(draft.phone);
    if (!typedPhone.ok())
        return typedPhone.error();
    const QString phone = typedPhone.value();
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Submitted> {
        auto code = outbox.uniqueCode(QStringLiteral("help_requests"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        const QString type = core::HelpTypes::key(draft.type);
        const QVariant wanted = SqlValues::localTime(draft.wantedAt);
        auto inserted = db.exec(QStringLiteral("INSERT INTO help_requests(id, help_type, id_hash, phone, wanted_at, note, "
                                               "code, status, status_changed_at, created_at) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"),
                                {saved.id, type, SqlValues::orNull(visitorKey), phone, wanted, draft.note, saved.code,
                                 SqlValues::utc(at), SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(saved.id, QStringLiteral("volunteer_request"),
                                     {{QStringLiteral("helpType"), type},
                                      {QStringLiteral("visitorKey"), visitorKey},
                                      {QStringLiteral("phone"), phone},
                                      {QStringLiteral("wantedAt"), wanted.toString()},
                                      {QStringLiteral("note"), draft.note},
                                      {QStringLiteral("code"), saved.code}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return saved;
    });
}

Result<QList<HelpRequestRecord>> RequestStore::requestsFor(const QString &visitorKey) const
{
    Database &db = m_context.database();
    auto q = db.exec(QStringLiteral("SELECT r.id, r.help_type, r.code, r.status, r.status_changed_at, r.wanted_at, "
                                    "r.note, r.created_at, g.id IS NOT NULL FROM help_requests r "
                                    "LEFT JOIN ratings g ON g.request_id = r.id "
                                    "WHERE r.id_hash = ? ORDER BY r.created_at DESC, r.id DESC"),
                     {visitorKey});
    if (!q.ok())
        return q.error();
    QList<HelpRequestRecord> out;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        HelpRequestRecord r;
        r.id = rows.value(0).toString();
        r.type = core::HelpTypes::fromKey(rows.value(1).toString()).value_or(core::HelpType::AccompanyToHospital);
        r.code = rows.value(2).toString();
        r.status = core::RequestStates::fromKey(rows.value(3).toString()).value_or(core::RequestState::Submitted);
        r.statusChangedAt = SqlValues::toUtc(rows.value(4));
        r.wantedAt = SqlValues::toLocalTime(rows.value(5));
        r.note = rows.value(6).toString();
        r.createdAt = SqlValues::toUtc(rows.value(7));
        r.rated = rows.value(8).toBool();
        out.append(r);
    }
    return out;
}

Result<QString> RequestStore::rate(const QString &requestId, int stars)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    if (stars < 1 || stars > 5)
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::RequestStore", "Please choose 1 to 5 stars."));
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<QString> {
        auto status = db.scalar(QStringLiteral("SELECT status FROM help_requests WHERE id = ?"), {requestId});
        if (!status.ok())
            return status.error();
        if (!status.value().isValid())
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::RequestStore", "This request could not be found."));
        if (status.value().toString() != core::RequestStates::key(core::RequestState::Done)) {
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::RequestStore",
                                    "You can rate the help once it has been given."));
        }
        auto rated = db.scalar(QStringLiteral("SELECT 1 FROM ratings WHERE request_id = ?"), {requestId});
        if (!rated.ok())
            return rated.error();
        if (rated.value().isValid())
            return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::RequestStore", "You have already rated this help. Thank you."));
        const QString id = core::UuidV7::generateString();
        auto inserted = db.exec(QStringLiteral("INSERT INTO ratings(id, request_id, stars, created_at) VALUES(?, ?, ?, ?)"),
                                {id, requestId, stars, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(id, QStringLiteral("rating"),
                                     {{QStringLiteral("requestId"), requestId}, {QStringLiteral("stars"), stars}}, at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<QString> RequestStore::callStaff(const QString &reason)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QString why = reason.trimmed().left(200);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<QString> {
        const QString id = core::UuidV7::generateString();
        auto inserted = db.exec(QStringLiteral("INSERT INTO help_calls(id, reason, created_at) VALUES(?, ?, ?)"),
                                {id, why, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(id, QStringLiteral("help_call"), {{QStringLiteral("reason"), why}}, at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<Submitted> RequestStore::requestHomeAssessment(QStringView idNumber, const QString &phone, const QString &note)
{
    return requestAssessment(QStringLiteral("home_assessment"), idNumber, phone, note);
}

Result<Submitted> RequestStore::requestFeeWaiver(QStringView idNumber, const QString &phone, const QString &note)
{
    return requestAssessment(QStringLiteral("fee_waiver"), idNumber, phone, note);
}

Result<Submitted> RequestStore::requestAssessment(const QString &kind, QStringView idNumber, const QString &phone,
                                           const QString &note)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    const QString visitorKey = key.value();
    auto typedPhone = phoneDigits(phone);
    if (!typedPhone.ok())
        return typedPhone.error();
    const QString contact = typedPhone.value();
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Submitted> {
        auto code = outbox.uniqueCode(QStringLiteral("assessment_requests"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        auto inserted = db.exec(QStringLiteral("INSERT INTO assessment_requests(id, kind, id_hash, phone, note, code, "
                                               "status, status_changed_at, created_at) "
                                               "VALUES(?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"),
                                {saved.id, kind, visitorKey, contact, note, saved.code, SqlValues::utc(at), SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        // The wire knows one kind for both; the "request" field tells them apart.
        auto queued = outbox.enqueue(saved.id, QStringLiteral("home_assessment_request"),
                                     {{QStringLiteral("request"), kind},
                                      {QStringLiteral("visitorKey"), visitorKey},
                                      {QStringLiteral("phone"), contact},
                                      {QStringLiteral("note"), note},
                                      {QStringLiteral("code"), saved.code}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return saved;
    });
}

} // namespace store
