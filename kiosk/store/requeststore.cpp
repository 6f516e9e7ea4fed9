// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/requeststore.h"
#include "core/translatabletext.h"

#include "core/notephrases.h"
#include "core/ratingphrases.h"
#include "core/uuidv7.h"
#include "kiosk/store/helprequestcheck.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/sqlvalues.h"

#include <QJsonArray>

namespace store {

namespace {

using Kind = StoreError::Kind;

HelpRequestStage stageOf(core::RequestState status, bool waiting, bool cancelAsked)
{
    if (status == core::RequestState::Cancelled)
        return HelpRequestStage::Cancelled;
    // Help given before the cancellation arrived: the server refuses the cancellation, the
    // visitor sees the help as done (and may rate it).
    if (status == core::RequestState::Done)
        return HelpRequestStage::Done;
    if (cancelAsked)
        return HelpRequestStage::CancellationWaitingToSend;
    if (waiting)
        return HelpRequestStage::WaitingToSend;
    switch (status) {
    case core::RequestState::Done: return HelpRequestStage::Done;
    case core::RequestState::Assigned: return HelpRequestStage::VolunteerFound;
    default: return HelpRequestStage::Received;
    }
}

QStringList keysOf(const QVariant &joined)
{
    return joined.toString().split(u',', Qt::SkipEmptyParts);
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
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<Submitted> {
        // Checked inside the transaction, so a place removed by the feed meanwhile is refused.
        auto checked = HelpRequestCheck::checked(db, draft, at.toLocalTime().date());
        if (!checked.ok())
            return checked.error();
        const HelpRequestDraft &d = checked.value();
        auto code = outbox.uniqueCode(QStringLiteral("help_requests"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        const QString type = core::HelpTypes::key(d.type);
        const QString dayPart = core::DayParts::key(d.dayPart);
        const QString placeKind = core::PlaceKinds::key(d.place.kind);
        const QVariant wantedDay = SqlValues::date(d.wantedDay);
        auto inserted = db.exec(QStringLiteral("INSERT INTO help_requests(id, help_type, id_hash, phone, wanted_day, day_part, "
                                               "place_kind, place_id, note, code, status, status_changed_at, created_at) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"),
                                {saved.id, type, SqlValues::orNull(visitorKey), d.phone, wantedDay, dayPart, placeKind,
                                 d.place.placeId, d.noteKeys.join(u','), saved.code, SqlValues::utc(at),
                                 SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(saved.id, QStringLiteral("volunteer_request"),
                                     {{QStringLiteral("helpType"), type},
                                      {QStringLiteral("visitorKey"), visitorKey},
                                      {QStringLiteral("phone"), d.phone},
                                      {QStringLiteral("wantedDay"), wantedDay.isNull() ? QString() : wantedDay.toString()},
                                      {QStringLiteral("dayPart"), dayPart},
                                      {QStringLiteral("place"), QJsonObject{{QStringLiteral("kind"), placeKind},
                                                                            {QStringLiteral("placeId"), d.place.placeId}}},
                                      {QStringLiteral("noteKeys"), QJsonArray::fromStringList(d.noteKeys)},
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
    auto q = db.exec(QStringLiteral("SELECT r.id, r.help_type, r.code, r.status, r.status_changed_at, r.wanted_day, "
                                    "r.day_part, r.place_kind, r.place_id, p.name_zh, p.name_en, r.note, r.created_at, "
                                    "r.volunteer_given_name, r.agreed_at, g.stars, "
                                    "EXISTS(SELECT 1 FROM outbox o WHERE o.id = r.id), r.cancel_id IS NOT NULL "
                                    "FROM help_requests r "
                                    "LEFT JOIN ratings g ON g.request_id = r.id "
                                    "LEFT JOIN places p ON p.id = r.place_id AND r.place_kind = 'listed' "
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
        r.wantedDay = SqlValues::toDate(rows.value(5));
        r.dayPart = core::DayParts::fromKey(rows.value(6).toString()).value_or(core::DayPart::Any);
        r.place.kind = core::PlaceKinds::fromKey(rows.value(7).toString()).value_or(core::PlaceKind::Arrange);
        r.place.placeId = rows.value(8).toString();
        r.placeName = SqlValues::toText(rows, 9);
        r.noteKeys = keysOf(rows.value(11));
        r.createdAt = SqlValues::toUtc(rows.value(12));
        r.volunteerGivenName = rows.value(13).toString();
        r.agreedAt = SqlValues::toLocalTime(rows.value(14));
        r.stars = rows.value(15).toInt();
        r.rated = !rows.value(15).isNull();
        const bool cancelAsked = rows.value(17).toBool();
        r.stage = stageOf(r.status, rows.value(16).toBool(), cancelAsked);
        r.cancellable = !core::RequestStates::isFinal(r.status) && !cancelAsked;
        out.append(r);
    }
    return out;
}

Result<QString> RequestStore::cancelRequest(const QString &requestId)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<QString> {
        auto row = db.exec(QStringLiteral("SELECT status, cancel_id IS NOT NULL FROM help_requests WHERE id = ?"), {requestId});
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::RequestStore", "This request could not be found."));
        const QString status = row.value().value(0).toString();
        const bool asked = row.value().value(1).toBool();
        row.value().finish();
        if (status == core::RequestStates::key(core::RequestState::Done))
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::RequestStore",
                                    "This help has already been given, so it cannot be cancelled."));
        if (asked || status == core::RequestStates::key(core::RequestState::Cancelled))
            return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::RequestStore", "This request is already cancelled."));
        const QString id = core::UuidV7::generateString();
        if (auto q = db.exec(QStringLiteral("UPDATE help_requests SET cancel_id = ? WHERE id = ?"), {id, requestId}); !q.ok())
            return q.error();
        auto queued = outbox.enqueue(id, QStringLiteral("request_cancellation"), {{QStringLiteral("requestId"), requestId}}, at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<QString> RequestStore::rate(const QString &requestId, int stars, const QStringList &phraseKeys)
{
    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    if (stars < 1 || stars > 5)
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::RequestStore", "Please choose 1 to 5 stars."));
    if (!core::RatingPhrases::firstUnknown(phraseKeys).isEmpty())
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::RequestStore", "One of the chosen phrases is not known."),
                                QStringLiteral("phraseKeys"));
    QStringList phrases;
    for (const QString &key : phraseKeys) {
        if (!phrases.contains(key))
            phrases.append(key);
    }
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
        auto inserted = db.exec(QStringLiteral("INSERT INTO ratings(id, request_id, stars, phrase_keys, created_at) "
                                               "VALUES(?, ?, ?, ?, ?)"),
                                {id, requestId, stars, phrases.join(u','), SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = outbox.enqueue(id, QStringLiteral("rating"),
                                     {{QStringLiteral("requestId"), requestId},
                                      {QStringLiteral("stars"), stars},
                                      {QStringLiteral("phraseKeys"), QJsonArray::fromStringList(phrases)}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<QList<Place>> RequestStore::places() const
{
    auto q = m_context.database().exec(
        QStringLiteral("SELECT id, name_zh, name_en, kind, sort_order FROM places ORDER BY sort_order, name_zh, id"));
    if (!q.ok())
        return q.error();
    QList<Place> out;
    QSqlQuery &rows = q.value();
    while (rows.next())
        out.append({rows.value(0).toString(), SqlValues::toText(rows, 1), rows.value(3).toString(), rows.value(4).toInt()});
    return out;
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
    auto typedPhone = HelpRequestCheck::phoneDigits(phone);
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
