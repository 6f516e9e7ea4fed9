// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/unconfirmedbookings.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/bookingrecord.h"
#include "kiosk/store/store.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"

#include <QLocale>
#include <QVariantMap>

using namespace Qt::StringLiterals;

UnconfirmedBookings::UnconfirmedBookings(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &UnconfirmedBookings::reload);
    // A booking saved here (countsChanged) or refused by the server (a sync round) while the
    // list is on screen.
    connect(StationStore::instance(), &StationStore::countsChanged, this, &UnconfirmedBookings::reload);
    connect(SyncStatus::instance(), &SyncStatus::changed, this, &UnconfirmedBookings::reload);
}

void UnconfirmedBookings::reload()
{
    m_items.clear();
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        m_outcome = u"unavailable"_s;
        emit itemsChanged();
        return;
    }
    const auto found = st->services().unconfirmedBookings(st->now().date());
    if (!found.ok()) {
        StationStore::instance()->noteError(found.error().message);
        m_outcome = u"error"_s;
        emit itemsChanged();
        return;
    }
    const QString lang = VisitorSettings::instance()->language();
    for (const store::BookingRecord &booking : found.value()) {
        m_items.append(QVariantMap{{u"id"_s, booking.id},
                                   {u"code"_s, booking.code},
                                   {u"service"_s, booking.serviceName.in(lang)},
                                   {u"when"_s, VisitorDates::shortDayAndTime(booking.startsAt, lang)},
                                   {u"state"_s, store::BookingStates::key(booking.state)},
                                   {u"reason"_s, booking.refusedReason}});
    }
    m_outcome = u"ok"_s;
    emit itemsChanged();
}
