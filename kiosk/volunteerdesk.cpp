// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteerdesk.h"

#include "accessibility/visitorsettings.h"
#include "core/starlevel.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/store/taskname.h"
#include "kiosk/storewriter.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/visitorlanguage.h"
#include "kiosk/volunteerhoursview.h"
#include "kiosk/volunteerhourswords.h"

using namespace Qt::StringLiterals;

namespace {

/// `source` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
core::TranslatableText words(const char *source)
{
    return VisitorLanguage::words("VolunteerDesk", source);
}

core::TranslatableText cannotRead()
{
    return words(QT_TRANSLATE_NOOP("VolunteerDesk", "The kiosk cannot read its volunteer list right now. Please press \"Call staff\"."));
}

} // namespace

VolunteerDesk::VolunteerDesk(QObject *parent)
    : QObject(parent)
    , m_rosterRetry(new QTimer(this))
    , m_hours(new VolunteerHoursView(this))
{
    m_rosterRetry->setInterval(kRosterRetryMs);
    connect(m_rosterRetry, &QTimer::timeout, this, &VolunteerDesk::lookForAwaited);
    // A finished sync round may have brought the roster row being waited for.
    connect(SyncStatus::instance(), &SyncStatus::changed, this, [this] {
        if (m_state == u"approved" && !SyncStatus::instance()->syncing())
            lookForAwaited();
    });
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit changed();
        emit messageChanged();
        emit resultChanged();
    });
    connect(VolunteerCardCheck::instance(), &VolunteerCardCheck::answered, this, &VolunteerDesk::takeLookupAnswer);
}

QString VolunteerDesk::language()
{
    return VisitorLanguage::current();
}

void VolunteerDesk::setState(const QString &state)
{
    m_state = state;
    emit changed();
}

void VolunteerDesk::setMessage(const core::TranslatableText &text)
{
    m_message = text;
    emit messageChanged();
}

void VolunteerDesk::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

QString VolunteerDesk::greeting() const
{
    const QString name = givenName();
    return name.isEmpty() ? tr("Hello!") : tr("Hello, %1!").arg(name);
}

QVariantList VolunteerDesk::assignments() const
{
    QVariantList list;
    if (!m_day)
        return list;
    const store::Store *st = StationStore::instance()->store();
    const QDateTime now = st ? st->now() : QDateTime::currentDateTime();
    for (const store::Assignment &a : m_day->assignments) {
        const bool here = m_day->openCheckIn && m_day->openCheckIn->assignmentId == a.id;
        const QString state = here ? u"checkedIn"_s : a.endsAt <= now ? u"done"_s : u"open"_s;
        list.append(QVariantMap{
            {u"id"_s, a.id},
            {u"time"_s, a.startsAt.toString(u"HH:mm"_s) + u"-"_s + a.endsAt.toString(u"HH:mm"_s)},
            {u"spokenTime"_s, tr("%1 to %2").arg(VisitorDates::spokenTime(a.startsAt.time(), language()),
                                                 VisitorDates::spokenTime(a.endsAt.time(), language()))},
            {u"title"_s, a.title.in(language())},
            {u"place"_s, a.place.in(language())},
            {u"state"_s, state},
        });
    }
    return list;
}

QString VolunteerDesk::since() const
{
    return checkedIn() ? m_day->openCheckIn->since.toString(u"HH:mm"_s) : QString();
}

QString VolunteerDesk::spokenSince() const
{
    return checkedIn() ? VisitorDates::spokenTime(m_day->openCheckIn->since.time(), language()) : QString();
}

QString VolunteerDesk::checkedInFor() const
{
    if (!checkedIn())
        return {};
    return store::TaskName::in(m_day->openCheckIn->assignmentTitle, language());
}

QString VolunteerDesk::stateText() const
{
    if (m_state == u"looking")
        return tr("Looking you up on the central volunteer list ...");
    if (m_state == u"notVolunteer")
        return m_typedIdentity
            ? tr("This ID number is not registered as a volunteer. To register, please place your ID card: the kiosk reads your name from it.")
            : tr("This card is not registered as a volunteer yet. You can register now.");
    if (m_state == u"pending")
        return tr("Your registration is waiting for a coordinator's approval. You can check in once you have your volunteer number.");
    if (m_state == u"approved")
        return m_rosterLooks < kRosterRetries
            ? tr("You are an approved volunteer (number %1). Your record is on its way to this kiosk: please wait a moment. If it does not come, press \"Call staff\".").arg(m_awaitedNumber)
            : tr("You are an approved volunteer (number %1), but your record has not reached this kiosk yet. Please press \"Call staff\": station staff can check you in.").arg(m_awaitedNumber);
    if (m_state == u"unknownCard")
        return m_typedIdentity ? tr("This ID number is not on the kiosk's volunteer list. Type your volunteer number.")
                               : tr("This card is not on the kiosk's volunteer list. Type your volunteer number.");
    if (m_state == u"error")
        return cannotRead().in(language());
    return {};
}

void VolunteerDesk::fromIdentity()
{
    auto *identity = VisitorIdentity::instance();
    if (!identity->present())
        return;
    clearAll();
    m_typedIdentity = identity->source() == u"typed";
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        setState(u"error"_s);
        return;
    }
    const auto found = st->volunteers().volunteerOfIdNumber(identity->idNumber());
    if (!found.ok()) {
        StationStore::instance()->noteError(found.error().message);
        setState(u"error"_s);
        return;
    }
    if (found.value()) {
        takeVolunteer(found.value()->number, identity->source());
        return;
    }
    // Registered here and still waiting, or approved with the roster row still on its way:
    // said without asking the server.
    if (const auto registration = st->registrations().registrationOf(identity->idNumber());
        registration.ok() && registration.value()) {
        if (registration.value()->state == store::RegistrationState::Pending) {
            setState(u"pending"_s);
            return;
        }
        if (registration.value()->state == store::RegistrationState::Approved
            && !registration.value()->volunteerNumber.isEmpty()) {
            awaitRoster(registration.value()->volunteerNumber);
            return;
        }
    }
    setState(u"looking"_s);
    m_lookupTicket = VolunteerCardCheck::instance()->ask(identity->idNumber());
}

void VolunteerDesk::takeLookupAnswer(quint64 ticket, VolunteerCardCheck::Answer answer, const QString &volunteerNumber)
{
    if (ticket != m_lookupTicket || m_state != u"looking")
        return; // asked for someone else, or the visit is over
    m_lookupTicket = 0;
    switch (answer) {
    case VolunteerCardCheck::Answer::Approved:
        // The store learnt the card before the answer came; the roster row may follow later.
        awaitRoster(volunteerNumber);
        return;
    case VolunteerCardCheck::Answer::Pending:
        setState(u"pending"_s);
        return;
    case VolunteerCardCheck::Answer::NotRegistered:
        setState(u"notVolunteer"_s);
        return;
    case VolunteerCardCheck::Answer::Unreachable:
        setState(u"unknownCard"_s);
        return;
    }
}

void VolunteerDesk::awaitRoster(const QString &volunteerNumber)
{
    m_awaitedNumber = volunteerNumber;
    m_rosterLooks = 0;
    lookForAwaited();
}

void VolunteerDesk::lookForAwaited()
{
    if (m_awaitedNumber.isEmpty())
        return;
    const store::Store *st = StationStore::instance()->store();
    const auto found = st ? st->volunteers().findVolunteer(m_awaitedNumber)
                          : store::Result<std::optional<store::VolunteerRecord>>(std::optional<store::VolunteerRecord>());
    if (found.ok() && found.value()) {
        m_rosterRetry->stop();
        m_awaitedNumber.clear();
        takeVolunteer(found.value()->number, VisitorIdentity::instance()->source());
        return;
    }
    ++m_rosterLooks;
    if (m_rosterLooks > kRosterRetries)
        return;
    if (m_rosterLooks == kRosterRetries) // the last look: "call staff" from now on
        m_rosterRetry->stop();
    else if (!m_rosterRetry->isActive())
        m_rosterRetry->start();
    setState(u"approved"_s);
}

bool VolunteerDesk::appendDigit(const QString &digit)
{
    if (digit.size() != 1 || !digit.front().isDigit() || m_typed.size() >= kNumberDigits)
        return false;
    m_typed.append(digit);
    if (!m_message.isEmpty())
        setMessage({});
    emit typedChanged();
    return true;
}

void VolunteerDesk::removeLastDigit()
{
    if (m_typed.isEmpty())
        return;
    m_typed.chop(1);
    emit typedChanged();
}

void VolunteerDesk::clearTyped()
{
    m_typed.fill(u'0');
    m_typed.clear();
    emit typedChanged();
}

bool VolunteerDesk::fromVolunteerNumber()
{
    if (m_typed.isEmpty()) {
        setMessage(words(QT_TRANSLATE_NOOP("VolunteerDesk", "Please type the digits of your volunteer number.")));
        return false;
    }
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        setMessage(cannotRead());
        return false;
    }
    const auto found = st->volunteers().findVolunteer(m_typed);
    if (!found.ok()) {
        setMessage(found.error().message);
        return false;
    }
    if (!found.value()) {
        setMessage(words(QT_TRANSLATE_NOOP("VolunteerDesk", "No volunteer has the number %1. Please check it, or ask staff."))
                       .arg(m_typed));
        return false;
    }
    const QString number = found.value()->number;
    clearAll();
    m_typedIdentity = false;
    takeVolunteer(number, u"number"_s);
    return true;
}

void VolunteerDesk::takeVolunteer(const QString &number, const QString &by)
{
    m_foundBy = by;
    const store::Store *st = StationStore::instance()->store();
    const auto day = st ? st->volunteers().dayOf(number) : store::Result<store::VolunteerDay>(store::StoreError::storage({}));
    if (!day.ok()) {
        m_day.reset();
        setMessage(day.error().kind == store::StoreError::Kind::Storage ? cannotRead() : day.error().message);
        setState(u"error"_s);
        return;
    }
    m_day = day.value();
    m_hours->load(number);
    setState(u"found"_s);
}

void VolunteerDesk::reload()
{
    if (!m_day)
        return;
    const store::Store *st = StationStore::instance()->store();
    if (!st)
        return;
    if (const auto day = st->volunteers().dayOf(m_day->volunteer.number); day.ok())
        m_day = day.value();
    m_hours->load(m_day->volunteer.number);
    emit changed();
}

bool VolunteerDesk::checkIn(const QString &assignmentId)
{
    if (!m_day)
        return false;
    write(Direction::In, assignmentId);
    return true;
}

bool VolunteerDesk::checkOut()
{
    if (!m_day)
        return false;
    write(Direction::Out, {});
    return true;
}

bool VolunteerDesk::holdsSomeoneElseThan(const QString &idNumber) const
{
    if (!m_day || m_foundBy != u"number")
        return false;
    const store::Store *st = StationStore::instance()->store();
    const auto owner = st ? st->volunteers().volunteerOfIdNumber(idNumber)
                          : store::Result<std::optional<store::VolunteerRecord>>(std::optional<store::VolunteerRecord>());
    // A card the kiosk cannot tie to this volunteer counts as another person's: better a new
    // visit for the volunteer than their desk shown to someone else.
    return !(owner.ok() && owner.value() && owner.value()->number == m_day->volunteer.number);
}

void VolunteerDesk::write(Direction direction, const QString &assignmentId)
{
    const bool in = direction == Direction::In;
    if (m_saving)
        return; // a second touch while the first is being saved
    if (!StoreWriter::instance()->isOpen()) {
        setMessage(words(QT_TRANSLATE_NOOP("VolunteerDesk", "The kiosk cannot save check-ins right now. Please press \"Call staff\".")));
        emit refused();
        return;
    }
    setMessage({});
    setSaving(true);
    // The title of what is being checked in or out of, for the result's words.
    m_resultTitle = {};
    if (in) {
        for (const store::Assignment &a : m_day->assignments)
            if (a.id == assignmentId)
                m_resultTitle = a.title;
    } else if (m_day->openCheckIn) {
        m_resultTitle = m_day->openCheckIn->assignmentTitle;
    }
    const QString number = m_day->volunteer.number;
    StoreWriter::instance()->write<store::VolunteerCheck>(
        this,
        [in, number, assignmentId](store::Store &st) {
            return in ? st.volunteers().checkIn(number, assignmentId) : st.volunteers().checkOut(number);
        },
        [this, generation = m_visitGeneration](const store::Result<store::VolunteerCheck> &written) {
            if (generation == m_visitGeneration) // else written for a volunteer already gone
                takeWritten(written);
        });
}

void VolunteerDesk::takeWritten(const store::Result<store::VolunteerCheck> &written)
{
    setSaving(false);
    // The store may have closed a check-in it could not count: the day is read again either way.
    reload();
    if (!written.ok()) {
        setMessage(written.error().message);
        emit refused();
        return;
    }
    m_result = written.value();
    emit resultChanged();
    emit saved();
}

QString VolunteerDesk::resultKind() const
{
    return m_result ? (m_result->checkedIn ? u"in"_s : u"out"_s) : QString();
}

QString VolunteerDesk::hoursIn(core::VolunteerHours hours, Medium medium)
{
    return medium == Medium::Voice ? VolunteerHoursWords::spoken(hours, language())
                                   : VolunteerHoursWords::shown(hours, language());
}

QString VolunteerDesk::served() const
{
    if (!m_result || m_result->checkedIn)
        return {};
    // The store's count, for station duty too: the kiosk's timer when the wall clock was moved,
    // so the screen says what the check-out sends.
    return hoursIn(m_result->servedNow, Medium::Screen);
}

QString VolunteerDesk::total() const
{
    return m_result ? hoursIn(m_result->servedTotal, Medium::Screen) : QString();
}

QString VolunteerDesk::notYetSent() const
{
    return m_result && m_result->notYetSent.halfHours() > 0 ? hoursIn(m_result->notYetSent, Medium::Screen) : QString();
}

QString VolunteerDesk::toNextStar() const
{
    return m_result && m_result->toNextStar ? hoursIn(*m_result->toNextStar, Medium::Screen) : QString();
}

QStringList VolunteerDesk::resultSentences(Medium medium) const
{
    const bool spoken = medium == Medium::Voice;
    QStringList lines;
    if (!m_result)
        return lines;
    const store::VolunteerCheck &r = *m_result;
    const QString lang = language();
    auto timeOf = [&](const QDateTime &at) {
        return spoken ? VisitorDates::spokenTime(at.time(), lang) : at.toString(u"HH:mm"_s);
    };
    const QString title = m_resultTitle.in(lang);
    if (r.checkedIn) {
        if (r.stationDuty || title.isEmpty()) {
            lines << tr("You are checked in for station duty since %1.").arg(timeOf(r.at));
            lines << tr("Station duty hours count once a coordinator approves them.");
        } else {
            lines << tr("You are checked in for \"%1\" since %2.").arg(title, timeOf(r.at));
        }
        lines << tr("When you finish, check out here: Volunteers, then Check out.");
        return lines;
    }
    if (r.stationDuty) {
        lines << tr("You served %1 of station duty this time. They count once a coordinator approves them.")
                     .arg(hoursIn(r.servedNow, medium));
    } else if (r.servedNow.halfHours() == 0) {
        lines << tr("You served less than half an hour this time, so no hours were added.");
    } else {
        lines << tr("You served %1 this time.").arg(hoursIn(r.servedNow, medium));
    }
    if (r.overMidnight)
        lines << tr("You checked in on %1 at %2. The time after midnight is counted too.")
                     .arg(VisitorDates::day(r.checkedInAt.date(), lang), timeOf(r.checkedInAt));
    if (r.countedByTimer)
        lines << tr("The kiosk's clock was changed while you served, so your time was counted by the kiosk's own timer.");
    if (r.byStaff)
        lines << tr("Staff checked you out.");
    if (r.notYetSent.halfHours() > 0)
        lines << tr("Your total is now %1. Of that, %2 is not yet sent to the central office.")
                     .arg(hoursIn(r.servedTotal, medium), hoursIn(r.notYetSent, medium));
    else
        lines << tr("Your total is now %1.").arg(hoursIn(r.servedTotal, medium));
    return lines;
}

QStringList VolunteerDesk::levelSentences(Medium medium) const
{
    QStringList lines;
    if (!m_result || m_result->checkedIn)
        return lines;
    const store::VolunteerCheck &r = *m_result;
    const QString lang = language();
    lines << (r.stars > 0 ? tr("Your level: %1.").arg(core::StarLevel::title(r.stars).in(lang))
                          : tr("You have no star yet."));
    if (r.toNextStar)
        lines << tr("%1 more to become a %2.")
                     .arg(hoursIn(*r.toNextStar, medium), core::StarLevel::title(r.stars + 1).in(lang));
    else
        lines << tr("You have the highest star level. Thank you!");
    return lines;
}

void VolunteerDesk::forget()
{
    clearAll();
    emit changed();
}

void VolunteerDesk::clearAll()
{
    m_state = u"none"_s;
    m_foundBy.clear();
    m_day.reset();
    m_result.reset();
    m_resultTitle = {};
    m_message = {};
    m_typedIdentity = false;
    m_lookupTicket = 0;
    m_awaitedNumber.clear();
    m_rosterLooks = 0;
    m_rosterRetry->stop();
    m_typed.fill(u'0');
    m_typed.clear();
    ++m_visitGeneration; // a write still under way belongs to the volunteer being forgotten
    setSaving(false);
    m_hours->clear();
}

void VolunteerDesk::wipeVisitorData()
{
    clearAll();
    emit changed();
    emit messageChanged();
    emit resultChanged();
    emit typedChanged();
}
