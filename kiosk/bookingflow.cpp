// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/bookingflow.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString language()
{
    return VisitorSettings::instance()->language();
}

/// Days shown: at least a week, and as far as the station has times, but never more than four.
constexpr int kMinDays = 7;
constexpr int kMaxDays = 28;

/// `source` is marked at each call with QT_TRANSLATE_NOOP, so the catalogues hold it.
core::TranslatableText words(const char *source)
{
    return core::TranslatableText::translate("BookingFlow", source);
}

} // namespace

BookingFlow::BookingFlow(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        reloadSlots();
        emit draftChanged();
        emit phoneChanged();
        emit resultChanged();
        emit errorChanged();
    });
    connect(PlaceHold::instance(), &PlaceHold::answered, this,
            [this](const QString &bookingId, PlaceHold::Answer answer, const QString &) { takeHoldAnswer(bookingId, answer); });
    // A sync round may have brought new counts, or a closed day.
    connect(SyncStatus::instance(), &SyncStatus::changed, this, [this] {
        if (!m_serviceId.isEmpty() && !m_saving)
            reloadSlots();
    });
}

QDate BookingFlow::today() const
{
    if (const store::Store *st = StationStore::instance()->store())
        return st->now().date();
    return QDate::currentDate();
}

QString BookingFlow::serviceName() const
{
    return m_serviceName.in(language());
}

QString BookingFlow::whatToBring() const
{
    return m_whatToBring.in(language());
}

QString BookingFlow::place() const
{
    return m_place.in(language());
}

QString BookingFlow::day() const
{
    return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString();
}

QString BookingFlow::wordsForDay(QDate day) const
{
    return day.isValid() ? VisitorDates::day(day, language()) : QString();
}

QString BookingFlow::dayText() const
{
    return wordsForDay(m_day);
}

QString BookingFlow::timeText() const
{
    const store::BookableSlot *slot = slotById(m_slotId);
    return slot ? slot->startsAt.toString(u"HH:mm"_s) + u"-"_s + slot->endsAt.toString(u"HH:mm"_s) : QString();
}

QString BookingFlow::spokenTimeText() const
{
    const store::BookableSlot *slot = slotById(m_slotId);
    if (!slot)
        return {};
    return tr("%1 to %2").arg(VisitorDates::spokenTime(slot->startsAt.time(), language()),
                              VisitorDates::spokenTime(slot->endsAt.time(), language()));
}

QString BookingFlow::bookedWhen() const
{
    return m_bookedStart.isValid() ? wordsForDay(m_bookedStart.date()) : QString();
}

QString BookingFlow::bookedTime() const
{
    return m_bookedStart.isValid() ? m_bookedStart.toString(u"HH:mm"_s) : QString();
}

QString BookingFlow::bookedSpokenTime() const
{
    return m_bookedStart.isValid() ? VisitorDates::spokenTime(m_bookedStart.time(), language()) : QString();
}

QString BookingFlow::phoneProblem() const
{
    return m_phone.isEmpty() ? QString() : m_phone.problem().in(language());
}

QString BookingFlow::errorText() const
{
    return m_errorWords.isEmpty() ? m_error.in(language()) : m_errorWords;
}

void BookingFlow::setError(const core::TranslatableText &text)
{
    m_error = text;
    m_errorWords.clear();
    emit errorChanged();
}

void BookingFlow::setErrorWords(const QString &text)
{
    m_error = {};
    m_errorWords = text;
    emit errorChanged();
}

void BookingFlow::setReviewed(bool reviewed)
{
    if (reviewed == m_reviewed)
        return;
    m_reviewed = reviewed;
    emit draftChanged();
}

bool BookingFlow::complete() const
{
    const store::BookableSlot *slot = slotById(m_slotId);
    return !m_serviceId.isEmpty() && slot && slot->freePlaces() > 0 && !slot->closed;
}

const store::BookableSlot *BookingFlow::slotById(const QString &slotId) const
{
    for (const store::BookableSlot &slot : m_slots)
        if (slot.id == slotId)
            return &slot;
    return nullptr;
}

void BookingFlow::readService()
{
    m_serviceName = {};
    m_whatToBring = {};
    m_place = {};
    const store::Store *st = StationStore::instance()->store();
    if (!st || m_serviceId.isEmpty())
        return;
    if (const auto offer = st->services().service(m_serviceId); offer.ok() && offer.value()) {
        m_serviceName = offer.value()->name;
        m_whatToBring = offer.value()->whatToBring;
        m_place = offer.value()->place;
    }
}

bool BookingFlow::start(const QString &serviceId)
{
    const store::Store *st = StationStore::instance()->store();
    if (!st)
        return false;
    const auto offer = st->services().service(serviceId);
    if (!offer.ok() || !offer.value() || !offer.value()->bookable)
        return false;
    forgetDraft();
    m_serviceId = serviceId;
    readService();
    reloadSlots();
    emit draftChanged();
    return true;
}

void BookingFlow::reloadSlots()
{
    const QVariantList shownDays = std::exchange(m_days, {});
    const QVariantList shownTimes = std::exchange(m_times, {});
    const QString chosenSlot = m_slotId;
    m_slots.clear();
    const store::Store *st = StationStore::instance()->store();
    if (st && !m_serviceId.isEmpty()) {
        const QDate first = today();
        const auto found = st->services().bookableSlots(m_serviceId, first, first.addDays(kMaxDays - 1));
        if (found.ok())
            m_slots = found.value();
        else
            StationStore::instance()->noteError(found.error().message);
        const QDateTime now = st->now();
        QDate last = first.addDays(kMinDays - 1);
        for (const store::BookableSlot &slot : std::as_const(m_slots))
            last = std::max(last, slot.startsAt.date());
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            int free = 0;
            int total = 0;
            int offered = 0; // times not closed
            int ahead = 0;   // of those, not yet begun
            for (const store::BookableSlot &slot : std::as_const(m_slots)) {
                if (slot.startsAt.date() != day || slot.closed)
                    continue;
                ++offered;
                if (slot.startsAt <= now)
                    continue;
                ++ahead;
                free += slot.freePlaces();
                total += slot.capacity;
            }
            const qint64 offset = first.daysTo(day);
            const bool closed = offered == 0;
            const bool over = !closed && ahead == 0;
            m_days.append(QVariantMap{{u"iso"_s, day.toString(Qt::ISODate)},
                                      {u"weekday"_s, VisitorDates::weekday(day, language())},
                                      {u"date"_s, VisitorDates::date(day, language())},
                                      {u"day"_s, VisitorDates::day(day, language())},
                                      {u"relative"_s, offset == 0 ? u"today"_s : offset == 1 ? u"tomorrow"_s : QString()},
                                      {u"free"_s, free},
                                      {u"total"_s, total},
                                      {u"closed"_s, closed},
                                      {u"over"_s, over},
                                      {u"full"_s, !closed && !over && free == 0}});
        }
        if (m_day.isValid()) {
            for (const store::BookableSlot &slot : std::as_const(m_slots))
                if (slot.startsAt.date() == m_day && !slot.closed && slot.startsAt > now)
                    m_times.append(QVariantMap{{u"slotId"_s, slot.id},
                                               {u"time"_s, slot.startsAt.toString(u"HH:mm"_s)},
                                               {u"endTime"_s, slot.endsAt.toString(u"HH:mm"_s)},
                                               {u"spokenTime"_s, VisitorDates::spokenTime(slot.startsAt.time(), language())},
                                               {u"spokenEndTime"_s, VisitorDates::spokenTime(slot.endsAt.time(), language())},
                                               {u"free"_s, slot.freePlaces()},
                                               {u"full"_s, slot.freePlaces() == 0}});
        }
        // A chosen time that is no longer offered is no longer chosen.
        if (!m_slotId.isEmpty()) {
            const store::BookableSlot *slot = slotById(m_slotId);
            if (!slot || slot->closed || slot->startsAt <= now || slot->freePlaces() == 0)
                m_slotId.clear();
        }
    }
    // A sync round that changed no count rebuilds no list: the keypad's focus stays put.
    if (m_days != shownDays || m_times != shownTimes)
        emit slotsChanged();
    if (m_slotId != chosenSlot)
        emit draftChanged();
}

bool BookingFlow::chooseDay(const QString &iso)
{
    for (const QVariant &entry : std::as_const(m_days)) {
        const QVariantMap day = entry.toMap();
        if (day.value(u"iso"_s).toString() != iso)
            continue;
        if (day.value(u"closed"_s).toBool()) {
            setError(words(QT_TRANSLATE_NOOP("BookingFlow", "The service is closed on this day. Please choose another day.")));
            return false;
        }
        if (day.value(u"over"_s).toBool()) {
            setError(words(QT_TRANSLATE_NOOP("BookingFlow", "There are no more times today. Please choose another day.")));
            return false;
        }
        if (day.value(u"full"_s).toBool()) {
            setError(words(QT_TRANSLATE_NOOP("BookingFlow", "This day is fully booked. Please choose another day.")));
            return false;
        }
        setError({});
        const QDate chosen = QDate::fromString(iso, Qt::ISODate);
        if (chosen != m_day)
            m_slotId.clear();
        m_day = chosen;
        reloadSlots();
        emit draftChanged();
        return true;
    }
    setError(words(QT_TRANSLATE_NOOP("BookingFlow", "Please choose one of the days shown.")));
    return false;
}

bool BookingFlow::chooseTime(const QString &slotId)
{
    const store::BookableSlot *slot = slotById(slotId);
    if (!slot || slot->startsAt.date() != m_day) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "Please choose one of the times shown.")));
        return false;
    }
    if (slot->freePlaces() == 0) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "This time is fully booked. Please choose another time.")));
        return false;
    }
    setError({});
    m_slotId = slotId;
    emit draftChanged();
    return true;
}

bool BookingFlow::appendDigit(const QString &digit)
{
    if (!m_phone.append(digit))
        return false;
    emit phoneChanged();
    return true;
}

void BookingFlow::removeLastDigit()
{
    if (m_phone.removeLast())
        emit phoneChanged();
}

void BookingFlow::clearPhone()
{
    m_phone.wipe();
    emit phoneChanged();
}

void BookingFlow::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

bool BookingFlow::submit()
{
    if (m_saving)
        return true; // a second touch of Book while the first is under way
    if (!complete()) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "A day and a free time are not chosen yet. Please touch Change and choose them.")));
        return false;
    }
    if (!phoneAcceptable()) {
        setError(m_phone.problem());
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "Please place your ID card or type your ID number first.")));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "The kiosk cannot save bookings right now. Please press \"Call staff\".")));
        return false;
    }
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        setError(words(QT_TRANSLATE_NOOP("BookingFlow", "The kiosk cannot save bookings right now. Please press \"Call staff\".")));
        return false;
    }
    setError({});
    // The store checks the time against its counts and makes the id and code the server's
    // hold and the later push share.
    auto prepared = st->services().prepareBooking(m_slotId, identity->idNumber(), m_phone.digits());
    if (!prepared.ok()) {
        refuse(prepared.error().message);
        return true;
    }
    setSaving(true);
    m_pendingHold = prepared.value();
    PlaceHold::instance()->hold(*m_pendingHold, m_pendingHold->visitorKey);
    return true;
}

void BookingFlow::takeHoldAnswer(const QString &bookingId, PlaceHold::Answer answer)
{
    if (!m_pendingHold || m_pendingHold->id != bookingId)
        return; // an answer for a booking already forgotten (the visit ended)
    store::BookingDraft draft = *std::exchange(m_pendingHold, std::nullopt);
    switch (answer) {
    case PlaceHold::Answer::Held:
        draft.state = store::BookingState::Confirmed;
        saveBooking(draft);
        return;
    case PlaceHold::Answer::Unreachable:
        // Booked against the cached counts; the push later reaches the server, which holds it
        // or refuses it, and the visitor is told in My bookings.
        draft.state = store::BookingState::Provisional;
        saveBooking(draft);
        return;
    case PlaceHold::Answer::Full:
        refuse(words(QT_TRANSLATE_NOOP("BookingFlow", "Someone has just taken the last place at this time. Please choose another time.")));
        return;
    case PlaceHold::Answer::Gone:
        refuse(words(QT_TRANSLATE_NOOP("BookingFlow", "This time is no longer offered. Please choose another time.")));
        return;
    case PlaceHold::Answer::Invalid:
        refuse(words(QT_TRANSLATE_NOOP("BookingFlow", "This time can no longer be booked. Please choose another time.")));
        return;
    }
}

void BookingFlow::saveBooking(const store::BookingDraft &draft)
{
    setSaving(true);
    const bool provisional = draft.state == store::BookingState::Provisional;
    StoreWriter::instance()->write<store::Booking>(
        this, [draft](store::Store &st) { return st.services().book(draft); },
        [this, provisional, generation = m_visitGeneration](const store::Result<store::Booking> &stored) {
            if (generation == m_visitGeneration) // else stored for a visit already over
                takeStored(stored, provisional);
        });
}

void BookingFlow::takeStored(const store::Result<store::Booking> &stored, bool provisional)
{
    setSaving(false);
    if (!stored.ok()) {
        refuse(stored.error().message);
        return;
    }
    m_code = stored.value().code;
    m_provisional = provisional;
    m_bookedStart = stored.value().slot.startsAt;
    m_bookedEnd = stored.value().slot.endsAt;
    m_maskedPhone = m_phone.masked();
    emit resultChanged();
}

void BookingFlow::refuse(const core::TranslatableText &text)
{
    setSaving(false);
    reloadSlots();
    setError(text);
    emit refused();
}

void BookingFlow::forgetDraft()
{
    m_serviceId.clear();
    m_serviceName = {};
    m_whatToBring = {};
    m_place = {};
    m_slots.clear();
    m_days.clear();
    m_times.clear();
    m_day = {};
    m_slotId.clear();
    m_phone.wipe();
    m_reviewed = false;
    m_code.clear();
    m_provisional = false;
    m_bookedStart = {};
    m_bookedEnd = {};
    m_maskedPhone.clear();
    m_error = {};
    m_errorWords.clear();
    if (m_pendingHold) {
        // Overwritten before forgotten, as the identity and the phone digits are.
        m_pendingHold->idNumber.fill(u'0');
        m_pendingHold->phone.fill(u'0');
        m_pendingHold.reset();
    }
    ++m_visitGeneration; // an answer still under way belongs to the booking being forgotten
    setSaving(false);
}

void BookingFlow::wipeVisitorData()
{
    forgetDraft();
    emit slotsChanged();
    emit draftChanged();
    emit phoneChanged();
    emit resultChanged();
    emit errorChanged();
}
