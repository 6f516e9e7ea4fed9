// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/mybookings.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/bookingrecord.h"
#include "kiosk/store/bookingstate.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QVariantMap itemFrom(const store::BookingRecord &r, const QString &lang, const QDateTime &now)
{
    const bool cancelled = r.state == store::BookingState::Cancelled;
    return {{u"id"_s, r.id},
            {u"code"_s, r.code},
            {u"serviceName"_s, r.serviceName.in(lang)},
            {u"day"_s, VisitorDates::day(r.startsAt.date(), lang)},
            {u"time"_s, r.startsAt.toString(u"HH:mm"_s)},
            {u"endTime"_s, r.endsAt.toString(u"HH:mm"_s)},
            {u"spokenTime"_s, VisitorDates::spokenTime(r.startsAt.time(), lang)},
            {u"place"_s, r.place.in(lang)},
            {u"whatToBring"_s, r.whatToBring.in(lang)},
            {u"state"_s, store::BookingStates::key(r.state)},
            {u"reason"_s, r.refusedReason},
            {u"cancellable"_s, !cancelled && r.startsAt > now}};
}

} // namespace

MyBookings::MyBookings(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        if (m_outcome == u"ok")
            reload();
        emit errorChanged();
    });
    // A sync round may bring the server's word on a provisional booking while the list is open.
    const auto refresh = [this] {
        if (m_outcome == u"ok" && !m_saving)
            reload();
    };
    connect(SyncStatus::instance(), &SyncStatus::changed, this, refresh);
    connect(StationStore::instance(), &StationStore::countsChanged, this, refresh);
}

QString MyBookings::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

void MyBookings::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

void MyBookings::reload()
{
    m_items.clear();
    auto *identity = VisitorIdentity::instance();
    const store::Store *st = StationStore::instance()->store();
    if (!identity->present()) {
        m_outcome = u"noVisitor"_s;
    } else if (!st) {
        m_outcome = u"unavailable"_s;
    } else {
        const QDateTime now = st->now();
        const auto found = st->services().bookingsOf(identity->idNumber(), now.date());
        if (found.ok()) {
            const QString lang = VisitorSettings::instance()->language();
            for (const store::BookingRecord &record : found.value())
                m_items.append(itemFrom(record, lang, now));
            m_outcome = u"ok"_s;
        } else {
            StationStore::instance()->noteError(found.error().message);
            setError(found.error().message);
            m_outcome = u"error"_s;
        }
    }
    emit itemsChanged();
}

QVariantMap MyBookings::item(const QString &id) const
{
    for (const QVariant &entry : m_items)
        if (entry.toMap().value(u"id"_s).toString() == id)
            return entry.toMap();
    return {};
}

bool MyBookings::cancel(const QString &bookingId)
{
    if (m_saving)
        return true;
    auto *identity = VisitorIdentity::instance();
    if (!identity->present() || item(bookingId).isEmpty()) {
        setError(core::TranslatableText::translate("MyBookings", "This booking could not be found."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("MyBookings",
                  "The kiosk cannot save right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    StoreWriter::instance()->write<QString>(
        this, [bookingId, idNumber = identity->idNumber()](store::Store &st) {
            return st.services().cancelBooking(bookingId, idNumber);
        },
        [this, bookingId, generation = m_visitGeneration](const store::Result<QString> &saved) {
            if (generation != m_visitGeneration)
                return; // saved, for a visit already ended
            setSaving(false);
            reload();
            if (!saved.ok()) {
                setError(saved.error().message);
                emit cancelFailed();
                return;
            }
            emit cancelled(bookingId);
        });
    return true;
}

void MyBookings::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void MyBookings::wipeVisitorData()
{
    m_items.clear();
    m_outcome = u"noVisitor"_s;
    m_error = {};
    ++m_visitGeneration;
    setSaving(false);
    emit itemsChanged();
    emit errorChanged();
}
