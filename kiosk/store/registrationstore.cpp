// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationstore.h"

#include "core/givenname.h"
#include "core/idnumber.h"
#include "core/masking.h"
#include "core/phonenumber.h"
#include "core/translatabletext.h"
#include "core/uuidv7.h"
#include "core/volunteerskill.h"
#include "kiosk/store/outboxwriter.h"
#include "kiosk/store/registrationreason.h"
#include "kiosk/store/registrationstates.h"
#include "kiosk/store/sqlvalues.h"

#include <QJsonArray>

namespace store {

namespace {

using Kind = StoreError::Kind;

StoreError invalid(const core::TranslatableText &words, const QString &detail)
{
    return StoreError::make(Kind::Invalid, words, detail);
}

} // namespace

RegistrationStore::RegistrationStore(StoreContext &context)
    : m_context(context)
{
}

Result<VolunteerRegistration> RegistrationStore::registerVolunteer(const VolunteerRegistrationDraft &draft)
{
    // The checks the server makes, in the order the pages ask, so the person hears what to fix
    // here rather than a refusal parked for staff days later.
    auto key = m_context.visitorKeyOf(draft.idNumber);
    if (!key.ok())
        return key.error();
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return invalid(core::TranslatableText::translate("store::RegistrationStore",
                               "The name could not be read from your ID card. Please place the card again."),
                       QStringLiteral("registration without a name"));
    if (draft.skills.isEmpty())
        return invalid(core::TranslatableText::translate("store::RegistrationStore",
                               "Please choose at least one way you can help."),
                       QStringLiteral("registration without a skill"));
    for (const QString &skill : draft.skills) {
        if (!core::VolunteerSkills::isKnown(skill))
            return invalid(core::TranslatableText::translate("store::RegistrationStore",
                                   "One of the chosen ways to help is not known to this kiosk. Please choose again."),
                           QStringLiteral("unknown skill"));
    }
    if (draft.availability.isEmpty())
        return invalid(core::TranslatableText::translate("store::RegistrationStore",
                               "Please choose at least one time in the week when you can help."),
                       QStringLiteral("registration without a time"));
    core::PhoneProblem phoneProblem = core::PhoneProblem::None;
    const auto phone = core::PhoneNumber::parse(draft.phone, &phoneProblem);
    if (!phone)
        return invalid(core::PhoneNumber::problemText(phoneProblem), QStringLiteral("registration phone refused"));
    if (draft.consentVersion.trimmed().isEmpty() || !draft.consentAgreedAt.isValid())
        return invalid(core::TranslatableText::translate("store::RegistrationStore",
                               "Without your agreement to the registration terms the registration cannot be saved."),
                       QStringLiteral("registration without consent"));

    Database &db = m_context.database();
    const OutboxWriter outbox(db);
    const QDateTime at = m_context.now();
    return db.write([&]() -> Result<VolunteerRegistration> {
        // One person, one registration: the server refuses a second one of the same key, so
        // the person is told here, with the number when there is one.
        auto known = db.scalar(QStringLiteral("SELECT volunteer_number FROM volunteer_keys WHERE visitor_key = ?"),
                               {key.value()});
        if (!known.ok())
            return known.error();
        if (known.value().isValid())
            return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::RegistrationStore",
                                    "You are registered as volunteer %1 already.").arg(known.value().toString()));
        auto earlier = db.exec(QStringLiteral("SELECT state, volunteer_number FROM volunteer_registrations "
                                              "WHERE visitor_key = ? AND state IN ('pending', 'approved') "
                                              "ORDER BY created_at DESC LIMIT 1"),
                               {key.value()});
        if (!earlier.ok())
            return earlier.error();
        if (earlier.value().next()) {
            const QString number = earlier.value().value(1).toString();
            if (earlier.value().value(0).toString() == u"approved" && !number.isEmpty())
                return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::RegistrationStore",
                                        "You are registered as volunteer %1 already.").arg(number));
            return StoreError::make(Kind::AlreadyDone, core::TranslatableText::translate("store::RegistrationStore",
                                    "Your registration is waiting for a coordinator's approval."));
        }
        earlier.value().finish();

        auto code = outbox.uniqueCode(QStringLiteral("volunteer_registrations"));
        if (!code.ok())
            return code.error();
        VolunteerRegistration registration;
        registration.id = core::UuidV7::generateString();
        registration.code = code.value();
        registration.state = RegistrationState::Pending;
        registration.createdAt = at;
        auto inserted = db.exec(QStringLiteral("INSERT INTO volunteer_registrations(id, visitor_key, code, state, "
                                               "created_at) VALUES(?, ?, ?, 'pending', ?)"),
                                {registration.id, key.value(), registration.code, SqlValues::utc(at)});
        if (!inserted.ok())
            return inserted.error();
        QJsonArray skills;
        for (const QString &skill : draft.skills) {
            if (!skills.contains(skill))
                skills.append(skill);
        }
        const auto id = core::IdNumber::parse(draft.idNumber);
        // Name, given name, masked ID number and phone exist only here, in the payload: the
        // outbox entry goes once the server has it (SyncQueue::acknowledge).
        auto queued = outbox.enqueue(registration.id, QStringLiteral("volunteer_registration"),
                                     {{QStringLiteral("visitorKey"), key.value()},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("givenName"), core::GivenName::of(name)},
                                      {QStringLiteral("idType"), QStringLiteral("resident_id_card")},
                                      {QStringLiteral("idNumberMasked"), core::maskIdNumber(id->number)},
                                      {QStringLiteral("skills"), skills},
                                      {QStringLiteral("availability"), draft.availability.toJson()},
                                      {QStringLiteral("phone"), phone->digits()},
                                      {QStringLiteral("consent"),
                                       QJsonObject{{QStringLiteral("version"), draft.consentVersion.trimmed()},
                                                   {QStringLiteral("agreedAt"), SqlValues::utc(draft.consentAgreedAt)}}},
                                      {QStringLiteral("code"), registration.code}},
                                     at);
        if (!queued.ok())
            return queued.error();
        return registration;
    });
}

Result<std::optional<VolunteerRegistration>> RegistrationStore::registrationOf(QStringView idNumber) const
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    auto q = m_context.database().exec(QStringLiteral("SELECT id, code, state, volunteer_number, reason, created_at "
                                                      "FROM volunteer_registrations WHERE visitor_key = ? "
                                                      "ORDER BY created_at DESC, id DESC LIMIT 1"),
                                       {key.value()});
    if (!q.ok())
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<VolunteerRegistration>();
    VolunteerRegistration r;
    r.id = row.value(0).toString();
    r.code = row.value(1).toString();
    r.state = RegistrationStates::fromKey(row.value(2).toString());
    r.volunteerNumber = row.value(3).toString();
    r.reason = row.value(4).toString();
    // Held on the server under another record: this one's code would find nothing there.
    if (RegistrationReason::isHeldElsewhere(r.reason))
        r.code.clear();
    r.createdAt = SqlValues::toUtc(row.value(5)).toLocalTime();
    return std::optional<VolunteerRegistration>(r);
}

Result<void> RegistrationStore::learnVolunteerKey(QStringView idNumber, const QString &volunteerNumber)
{
    auto key = m_context.visitorKeyOf(idNumber);
    if (!key.ok())
        return key.error();
    const QString number = volunteerNumber.trimmed().toUpper();
    if (number.isEmpty())
        return StoreError::storage(QStringLiteral("learnVolunteerKey without a volunteer number"));
    Database &db = m_context.database();
    return db.write([&]() -> Result<void> {
        auto q = db.exec(QStringLiteral("INSERT INTO volunteer_keys(visitor_key, volunteer_number) VALUES(?, ?) "
                                        "ON CONFLICT(visitor_key) DO UPDATE SET volunteer_number = excluded.volunteer_number"),
                         {key.value(), number});
        if (!q.ok())
            return q.error();
        return {};
    });
}

} // namespace store
