// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/store.h"

#include "core/idnumber.h"
#include "core/starlevel.h"
#include "core/uuidv7.h"
#include "kiosk/store/confirmationcode.h"
#include "kiosk/store/sqlvalues.h"

#include <QRegularExpression>

namespace store {

namespace {

using Kind = StoreError::Kind;

const QString kCertificateColumns = QStringLiteral(
    "id_hash, masked_id, category, level, replacement, state, state_since, issued_on, valid_until, "
    "pickup_place_zh, pickup_place_en, updated_at");
const QString kServiceColumns = QStringLiteral(
    "id, category, name_zh, name_en, offers_zh, offers_en, eligibility_zh, eligibility_en, bring_zh, bring_en, "
    "hours_zh, hours_en, bookable, sort_order");
const QString kSlotColumns = QStringLiteral("id, service_id, starts_at, ends_at, capacity, taken");

core::LocalizedText text(const QSqlQuery &q, int zh)
{
    return {q.value(zh).toString(), q.value(zh + 1).toString()};
}

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
    r.pickupPlace = text(q, 9);
    r.updatedAt = SqlValues::toUtc(q.value(11));
    return r;
}

ServiceOffer readService(const QSqlQuery &q)
{
    ServiceOffer s;
    s.id = q.value(0).toString();
    s.category = core::ServiceCategories::fromKey(q.value(1).toString()).value_or(core::ServiceCategory::Rehabilitation);
    s.name = text(q, 2);
    s.offers = text(q, 4);
    s.eligibility = text(q, 6);
    s.whatToBring = text(q, 8);
    s.openingHours = text(q, 10);
    s.bookable = q.value(12).toBool();
    s.sortOrder = q.value(13).toInt();
    return s;
}

BookableSlot readSlot(const QSqlQuery &q)
{
    BookableSlot s;
    s.id = q.value(0).toString();
    s.serviceId = q.value(1).toString();
    s.startsAt = SqlValues::toLocalTime(q.value(2));
    s.endsAt = SqlValues::toLocalTime(q.value(3));
    s.capacity = q.value(4).toInt();
    s.taken = q.value(5).toInt();
    return s;
}

StoreError idNumberRefused(core::IdNumberProblem problem)
{
    return {Kind::Invalid, core::IdNumber::problemText(problem), QStringLiteral("ID number refused")};
}

// A phone number as people type it: digits with optional spaces, dashes or a leading +.
bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 \\-]{5,18}[0-9]$"));
    return pattern.match(phone).hasMatch();
}

StoreError badPhone()
{
    return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::Store",
                            "The phone number does not look right. Please check it."));
}

} // namespace

Store::Store(Database &db, QByteArray stationSecret)
    : m_db(db)
    , m_key(std::move(stationSecret))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

void Store::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime Store::now() const
{
    return m_clock();
}

QString Store::keyFor(QStringView idNumber) const
{
    return m_key.of(idNumber);
}

Result<std::optional<CertificateRecord>> Store::lookupCertificate(QStringView idNumber) const
{
    core::IdNumberProblem problem = core::IdNumberProblem::None;
    const auto info = core::IdNumber::parse(idNumber, &problem);
    if (!info)
        return idNumberRefused(problem);
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM certificates WHERE id_hash = ?").arg(kCertificateColumns),
                       {m_key.of(info->number)});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(readCertificate(q.value()));
}

Result<QList<ServiceOffer>> Store::catalogue(std::optional<core::ServiceCategory> category) const
{
    auto q = category
        ? m_db.exec(QStringLiteral("SELECT %1 FROM services WHERE category = ? ORDER BY sort_order, id").arg(kServiceColumns),
                    {core::ServiceCategories::key(*category)})
        : m_db.exec(QStringLiteral("SELECT %1 FROM services ORDER BY sort_order, id").arg(kServiceColumns));
    if (!q.ok())
        return q.error();
    QList<ServiceOffer> out;
    while (q.value().next())
        out.append(readService(q.value()));
    return out;
}

Result<std::optional<ServiceOffer>> Store::service(const QString &serviceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(kServiceColumns), {serviceId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<ServiceOffer>();
    return std::optional<ServiceOffer>(readService(q.value()));
}

Result<QList<BookableSlot>> Store::bookableSlots(const QString &serviceId, QDate from, QDate to) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM slots WHERE service_id = ? AND starts_at >= ? AND starts_at < ? "
                                      "ORDER BY starts_at, id").arg(kSlotColumns),
                       {serviceId, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QList<BookableSlot> out;
    while (q.value().next())
        out.append(readSlot(q.value()));
    return out;
}

Result<QString> Store::uniqueCode(const QString &table) const
{
    // 32^5 codes: a clash is rare, but a visitor must never be handed someone else's code.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = ConfirmationCode::generate();
        auto taken = m_db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(table), {code});
        if (!taken.ok())
            return taken.error();
        if (!taken.value().isValid())
            return code;
    }
    return StoreError::storage(QStringLiteral("no free confirmation code in %1").arg(table));
}

Result<void> Store::enqueue(const QString &id, const QString &kind, QJsonObject payload, const QDateTime &at)
{
    payload.insert(QStringLiteral("id"), id);
    payload.insert(QStringLiteral("createdAt"), SqlValues::utc(at));
    auto q = m_db.exec(QStringLiteral("INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, ?, ?, ?)"),
                       {id, kind, SqlValues::json(payload), SqlValues::utc(at)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<Booking> Store::book(const QString &slotId, QStringView idNumber)
{
    QString idHash;
    if (!idNumber.trimmed().isEmpty()) {
        core::IdNumberProblem problem = core::IdNumberProblem::None;
        const auto info = core::IdNumber::parse(idNumber, &problem);
        if (!info)
            return idNumberRefused(problem);
        idHash = m_key.of(info->number);
    }
    const QDateTime at = now();
    return m_db.write([&]() -> Result<Booking> {
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM slots WHERE id = ?").arg(kSlotColumns), {slotId});
        if (!q.ok())
            return q.error();
        if (!q.value().next()) {
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::Store",
                                    "This time is no longer offered. Please choose another."));
        }
        Booking booking;
        booking.slot = readSlot(q.value());
        q.value().finish();
        if (booking.slot.startsAt <= at) {
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::Store",
                                    "This time has already passed. Please choose another."));
        }
        if (booking.slot.freePlaces() <= 0) {
            return StoreError::make(Kind::Full, core::TranslatableText::translate("store::Store",
                                    "This time is fully booked. Please choose another time."));
        }
        const QString day = booking.slot.startsAt.date().toString(Qt::ISODate);
        auto queue = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(queue_number), 0) + 1 FROM appointments "
                                                "WHERE service_id = ? AND starts_at >= ? AND starts_at < ?"),
                                 {booking.slot.serviceId, day, booking.slot.startsAt.date().addDays(1).toString(Qt::ISODate)});
        if (!queue.ok())
            return queue.error();
        auto code = uniqueCode(QStringLiteral("appointments"));
        if (!code.ok())
            return code.error();
        booking.id = core::UuidV7::generateString();
        booking.code = code.value();
        booking.queueNumber = queue.value().toInt();
        const QVariant startsAt = SqlValues::localTime(booking.slot.startsAt);
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO appointments(id, slot_id, service_id, starts_at, id_hash, "
                                                 "queue_number, code, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {booking.id, slotId, booking.slot.serviceId, startsAt, SqlValues::orNull(idHash),
                                   booking.queueNumber, booking.code, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto counted = m_db.exec(QStringLiteral("UPDATE slots SET taken = taken + 1 WHERE id = ?"), {slotId});
        if (!counted.ok())
            return counted.error();
        ++booking.slot.taken;
        auto queued = enqueue(booking.id, QStringLiteral("booking"),
                              {{QStringLiteral("slotId"), slotId},
                               {QStringLiteral("serviceId"), booking.slot.serviceId},
                               {QStringLiteral("startsAt"), startsAt.toString()},
                               {QStringLiteral("queueNumber"), booking.queueNumber},
                               {QStringLiteral("code"), booking.code},
                               {QStringLiteral("idHash"), idHash}},
                              at);
        if (!queued.ok())
            return queued.error();
        return booking;
    });
}

Result<Submitted> Store::submitHelpRequest(const HelpRequestDraft &draft)
{
    QString idHash;
    if (!draft.idNumber.trimmed().isEmpty()) {
        core::IdNumberProblem problem = core::IdNumberProblem::None;
        const auto info = core::IdNumber::parse(draft.idNumber, &problem);
        if (!info)
            return idNumberRefused(problem);
        idHash = m_key.of(info->number);
    }
    const QString phone = draft.phone.trimmed();
    if (!phone.isEmpty() && !isPlausiblePhone(phone))
        return badPhone();
    const QDateTime at = now();
    return m_db.write([&]() -> Result<Submitted> {
        auto code = uniqueCode(QStringLiteral("help_requests"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        const QString type = core::HelpTypes::key(draft.type);
        const QVariant wanted = SqlValues::localTime(draft.wantedAt);
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO help_requests(id, help_type, id_hash, phone, wanted_at, note, "
                                                 "code, status, status_changed_at, created_at) "
                                                 "VALUES(?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"),
                                  {saved.id, type, SqlValues::orNull(idHash), phone, wanted, draft.note, saved.code,
                                   SqlValues::utc(at), SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = enqueue(saved.id, QStringLiteral("volunteer_request"),
                              {{QStringLiteral("helpType"), type},
                               {QStringLiteral("idHash"), idHash},
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

Result<QList<HelpRequestRecord>> Store::requestsFor(const QString &idHash) const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.help_type, r.code, r.status, r.status_changed_at, r.wanted_at, "
                                      "r.note, r.created_at, g.id IS NOT NULL FROM help_requests r "
                                      "LEFT JOIN ratings g ON g.request_id = r.id "
                                      "WHERE r.id_hash = ? ORDER BY r.created_at DESC, r.id DESC"),
                       {idHash});
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

Result<QString> Store::rate(const QString &requestId, int stars)
{
    if (stars < 1 || stars > 5)
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::Store", "Please choose 1 to 5 stars."));
    const QDateTime at = now();
    return m_db.write([&]() -> Result<QString> {
        auto status = m_db.scalar(QStringLiteral("SELECT status FROM help_requests WHERE id = ?"), {requestId});
        if (!status.ok())
            return status.error();
        if (!status.value().isValid())
            return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::Store", "This request could not be found."));
        if (status.value().toString() != core::RequestStates::key(core::RequestState::Done)) {
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::Store",
                                    "You can rate the help once it has been given."));
        }
        auto rated = m_db.scalar(QStringLiteral("SELECT 1 FROM ratings WHERE request_id = ?"), {requestId});
        if (!rated.ok())
            return rated.error();
        if (rated.value().isValid())
            return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::Store", "You have already rated this help. Thank you."));
        const QString id = core::UuidV7::generateString();
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO ratings(id, request_id, stars, created_at) VALUES(?, ?, ?, ?)"),
                                  {id, requestId, stars, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = enqueue(id, QStringLiteral("rating"),
                              {{QStringLiteral("requestId"), requestId}, {QStringLiteral("stars"), stars}}, at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<QString> Store::callStaff(const QString &reason)
{
    const QString why = reason.trimmed().left(200);
    const QDateTime at = now();
    return m_db.write([&]() -> Result<QString> {
        const QString id = core::UuidV7::generateString();
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO help_calls(id, reason, created_at) VALUES(?, ?, ?)"),
                                  {id, why, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = enqueue(id, QStringLiteral("help_call"), {{QStringLiteral("reason"), why}}, at);
        if (!queued.ok())
            return queued.error();
        return id;
    });
}

Result<Submitted> Store::requestHomeAssessment(QStringView idNumber, const QString &phone, const QString &note)
{
    return requestAssessment(QStringLiteral("home_assessment"), idNumber, phone, note);
}

Result<Submitted> Store::requestFeeWaiver(QStringView idNumber, const QString &phone, const QString &note)
{
    return requestAssessment(QStringLiteral("fee_waiver"), idNumber, phone, note);
}

Result<Submitted> Store::requestAssessment(const QString &kind, QStringView idNumber, const QString &phone,
                                           const QString &note)
{
    core::IdNumberProblem problem = core::IdNumberProblem::None;
    const auto info = core::IdNumber::parse(idNumber, &problem);
    if (!info)
        return idNumberRefused(problem);
    const QString idHash = m_key.of(info->number);
    const QString contact = phone.trimmed();
    if (!contact.isEmpty() && !isPlausiblePhone(contact))
        return badPhone();
    const QDateTime at = now();
    return m_db.write([&]() -> Result<Submitted> {
        auto code = uniqueCode(QStringLiteral("assessment_requests"));
        if (!code.ok())
            return code.error();
        const Submitted saved{core::UuidV7::generateString(), code.value()};
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO assessment_requests(id, kind, id_hash, phone, note, code, "
                                                 "status, status_changed_at, created_at) "
                                                 "VALUES(?, ?, ?, ?, ?, ?, 'submitted', ?, ?)"),
                                  {saved.id, kind, idHash, contact, note, saved.code, SqlValues::utc(at), SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        // The wire knows one kind for both; the "request" field tells them apart.
        auto queued = enqueue(saved.id, QStringLiteral("home_assessment_request"),
                              {{QStringLiteral("request"), kind},
                               {QStringLiteral("idHash"), idHash},
                               {QStringLiteral("phone"), contact},
                               {QStringLiteral("note"), note},
                               {QStringLiteral("code"), saved.code}},
                              at);
        if (!queued.ok())
            return queued.error();
        return saved;
    });
}

Result<std::optional<VolunteerRecord>> Store::findVolunteer(const QString &volunteerNumber) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, volunteer_number, name, served_half_hours, skills FROM volunteers "
                                      "WHERE volunteer_number = ?"),
                       {volunteerNumber.trimmed().toUpper()});
    if (!q.ok())
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<VolunteerRecord>();
    VolunteerRecord v;
    v.id = row.value(0).toString();
    v.number = row.value(1).toString();
    v.name = row.value(2).toString();
    v.served = core::VolunteerHours::fromHalfHours(row.value(3).toLongLong());
    v.skills = row.value(4).toString().split(u',', Qt::SkipEmptyParts);
    return std::optional<VolunteerRecord>(v);
}

Result<std::optional<VolunteerRecord>> Store::volunteer(const QString &volunteerNumber) const
{
    return findVolunteer(volunteerNumber);
}

Result<VolunteerRecord> Store::requireVolunteer(const QString &volunteerNumber) const
{
    auto found = findVolunteer(volunteerNumber);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::Store",
                                "This volunteer number was not found. Please check it."));
    return *found.value();
}

Result<VolunteerCheck> Store::checkIn(const QString &volunteerNumber)
{
    const QDateTime at = now();
    return m_db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto last = m_db.exec(QStringLiteral("SELECT direction, at FROM volunteer_checks WHERE volunteer_id = ? "
                                             "ORDER BY at DESC, id DESC LIMIT 1"),
                              {v.id});
        if (!last.ok())
            return last.error();
        if (last.value().next() && last.value().value(0).toString() == u"in") {
            const QString since = SqlValues::toLocalTime(last.value().value(1)).toString(QStringLiteral("HH:mm"));
            return StoreError{Kind::AlreadyDone,
                              core::TranslatableText::translate("store::Store", "You checked in at %1 already.").arg(since),
                              {}};
        }
        last.value().finish();
        // The assignment being started: today's first one that has not ended yet.
        auto assignment = m_db.scalar(QStringLiteral("SELECT id FROM assignments WHERE volunteer_id = ? AND day = ? "
                                                     "AND ends_at > ? ORDER BY starts_at LIMIT 1"),
                                      {v.id, at.date().toString(Qt::ISODate), SqlValues::localTime(at)});
        if (!assignment.ok())
            return assignment.error();
        VolunteerCheck check;
        check.id = core::UuidV7::generateString();
        check.volunteerName = v.name;
        check.checkedIn = true;
        check.at = at;
        check.checkedInAt = at;
        check.servedTotal = v.served;
        check.stars = core::StarLevel::starsFor(v.served);
        check.assignmentId = assignment.value().toString();
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at) "
                                                 "VALUES(?, ?, ?, 'in', ?)"),
                                  {check.id, v.id, SqlValues::orNull(check.assignmentId), SqlValues::localTime(at)});
        if (!inserted.ok())
            return inserted.error();
        auto queued = enqueue(check.id, QStringLiteral("check_in"),
                              {{QStringLiteral("direction"), QStringLiteral("in")},
                               {QStringLiteral("volunteerId"), v.id},
                               {QStringLiteral("volunteerNumber"), v.number},
                               {QStringLiteral("assignmentId"), check.assignmentId},
                               {QStringLiteral("at"), SqlValues::utc(at)}},
                              at);
        if (!queued.ok())
            return queued.error();
        return check;
    });
}

Result<VolunteerCheck> Store::checkOut(const QString &volunteerNumber)
{
    const QDateTime at = now();
    return m_db.write([&]() -> Result<VolunteerCheck> {
        auto found = requireVolunteer(volunteerNumber);
        if (!found.ok())
            return found.error();
        const VolunteerRecord v = found.value();
        auto last = m_db.exec(QStringLiteral("SELECT id, direction, at, assignment_id FROM volunteer_checks "
                                             "WHERE volunteer_id = ? ORDER BY at DESC, id DESC LIMIT 1"),
                              {v.id});
        if (!last.ok())
            return last.error();
        QSqlQuery &row = last.value();
        if (!row.next() || row.value(1).toString() != u"in")
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::Store", "You have not checked in yet. Please check in first."));
        VolunteerCheck check;
        const QString checkInId = row.value(0).toString();
        check.checkedInAt = SqlValues::toLocalTime(row.value(2));
        check.assignmentId = row.value(3).toString();
        row.finish();
        check.id = core::UuidV7::generateString();
        check.volunteerName = v.name;
        check.checkedIn = false;
        check.at = at;
        check.servedNow = core::VolunteerHours::fromServedTime(check.checkedInAt, at);
        check.servedTotal = v.served + check.servedNow;
        check.stars = core::StarLevel::starsFor(check.servedTotal);
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO volunteer_checks(id, volunteer_id, assignment_id, direction, at, "
                                                 "served_half_hours) VALUES(?, ?, ?, 'out', ?, ?)"),
                                  {check.id, v.id, SqlValues::orNull(check.assignmentId), SqlValues::localTime(at),
                                   check.servedNow.halfHours()});
        if (!inserted.ok())
            return inserted.error();
        // Shown at once; the server's count replaces it when the roster next syncs.
        auto added = m_db.exec(QStringLiteral("UPDATE volunteers SET served_half_hours = served_half_hours + ? WHERE id = ?"),
                               {check.servedNow.halfHours(), v.id});
        if (!added.ok())
            return added.error();
        auto queued = enqueue(check.id, QStringLiteral("check_in"),
                              {{QStringLiteral("direction"), QStringLiteral("out")},
                               {QStringLiteral("volunteerId"), v.id},
                               {QStringLiteral("volunteerNumber"), v.number},
                               {QStringLiteral("assignmentId"), check.assignmentId},
                               {QStringLiteral("checkInId"), checkInId},
                               {QStringLiteral("servedHalfHours"), check.servedNow.halfHours()},
                               {QStringLiteral("at"), SqlValues::utc(at)}},
                              at);
        if (!queued.ok())
            return queued.error();
        return check;
    });
}

Result<QList<Assignment>> Store::assignments(QDate day) const
{
    if (!day.isValid())
        day = now().date();
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.volunteer_id, v.name, a.day, a.starts_at, a.ends_at, a.help_type, "
                                      "a.title_zh, a.title_en, a.place_zh, a.place_en, a.request_id "
                                      "FROM assignments a JOIN volunteers v ON v.id = a.volunteer_id "
                                      "WHERE a.day = ? ORDER BY a.starts_at, v.name"),
                       {day.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    QList<Assignment> out;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        Assignment a;
        a.id = rows.value(0).toString();
        a.volunteerId = rows.value(1).toString();
        a.volunteerName = rows.value(2).toString();
        a.day = SqlValues::toDate(rows.value(3));
        a.startsAt = SqlValues::toLocalTime(rows.value(4));
        a.endsAt = SqlValues::toLocalTime(rows.value(5));
        a.helpType = rows.value(6).toString();
        a.title = text(rows, 7);
        a.place = text(rows, 9);
        a.requestId = rows.value(11).toString();
        out.append(a);
    }
    return out;
}

Result<QString> Store::setting(const QString &key) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value.ok())
        return value.error();
    return value.value().toString();
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    return m_db.write([&]() -> Result<void> {
        auto q = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<bool> Store::isEmpty() const
{
    auto count = m_db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM services) + (SELECT COUNT(*) FROM certificates)"));
    if (!count.ok())
        return count.error();
    return count.value().toInt() == 0;
}

} // namespace store
