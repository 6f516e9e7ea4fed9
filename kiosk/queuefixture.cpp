// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuefixture.h"

#include "core/weeklyhours.h"
#include "kiosk/queuecaller.h"
#include "kiosk/queuedisplay.h"
#include "kiosk/stationqueue.h"
#include "kiosk/stationstore.h"
#include "kiosk/staffmode.h"
#include "kiosk/store/changeset.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/storewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <atomic>

namespace {

/// Milliseconds the station clock is ahead of the real one. Read on both threads.
std::atomic<qint64> g_clockOffsetMs{0};

QDateTime stationNow()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + g_clockOffsetMs.load());
}

void waitForWrites()
{
    StoreWriter::instance()->flush();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
}

QList<store::ServiceOffer> walkInServices()
{
    QList<store::ServiceOffer> found;
    if (const store::Store *st = StationStore::instance()->store())
        if (const auto services = st->services().catalogue(); services.ok())
            for (const store::ServiceOffer &service : services.value())
                if (service.walkIn)
                    found.append(service);
    return found;
}

/// Takes `count` numbers of `serviceId` on the writer's thread (the way the kiosk does).
void takeNumbers(const QString &serviceId, int count)
{
    for (int i = 0; i < count; ++i)
        StoreWriter::instance()->write<store::QueueTicket>(
            StationStore::instance(), [serviceId](store::Store &st) { return st.queue().takeNumber(serviceId); },
            [](const store::Result<store::QueueTicket> &) {});
    waitForWrites();
}

void callNumbers(const QString &serviceId, int count, int window)
{
    using Called = std::optional<store::QueueTicket>;
    for (int i = 0; i < count; ++i)
        StoreWriter::instance()->write<Called>(
            StationStore::instance(), [serviceId, window](store::Store &st) { return st.queue().callNext(serviceId, window); },
            [](const store::Result<Called> &) {});
    waitForWrites();
}

/// The window a service's numbers are called to: the one its catalogue entry says to wait
/// near ("3 号窗口" / "Window 3"), so the number page and the display agree.
int windowOf(const store::ServiceOffer &service, int otherwise)
{
    const QString place = service.place.in(u"en");
    const qsizetype digit = place.indexOf(QRegularExpression(QStringLiteral("\\d")));
    const int window = digit < 0 ? 0 : place.mid(digit).toInt();
    return window > 0 ? window : otherwise;
}

/// Today's queues at an open hour, the one story every queue page tells: the first service
/// has C001 to C006 taken and C001, C002 called, then C003 called last by staff (shown and
/// said), so C004 to C006 wait; the next services have two numbers each, one of them called.
/// Calls are minutes apart, so the display lists them in a fixed order.
QList<store::ServiceOffer> fillTodaysQueues()
{
    const QList<store::ServiceOffer> services = walkInServices();
    if (services.isEmpty())
        return services;
    const QDateTime open = QueueFixture::openMoment(services.constFirst(), QDateTime::currentDateTime());
    if (!open.isValid())
        return services;
    QueueFixture::setStationClock(open);
    const store::ServiceOffer &first = services.constFirst();
    takeNumbers(first.id, 4);
    QList<store::ServiceOffer> openToo;
    for (const store::ServiceOffer &other : services.mid(1, 2))
        if (const QDateTime moment = QueueFixture::openMoment(other, open); moment.isValid() && moment.date() == open.date()
            && moment <= open) {
            takeNumbers(other.id, 2);
            openToo.append(other);
        }
    QueueFixture::advanceStationClock(12);
    callNumbers(first.id, 1, windowOf(first, 3));
    takeNumbers(first.id, 2);
    QueueFixture::advanceStationClock(2);
    if (!openToo.isEmpty())
        callNumbers(openToo.constFirst().id, 1, windowOf(openToo.constFirst(), 2));
    QueueFixture::advanceStationClock(2);
    callNumbers(first.id, 1, windowOf(first, 3));
    QueueFixture::advanceStationClock(1);
    // The last one as staff call it: shown, and said on the public speaker.
    QueueCaller::instance()->setWindow(windowOf(first, 3));
    QueueCaller::instance()->reload();
    QueueCaller::instance()->callNext(first.id);
    waitForWrites();
    QueueFixture::advanceStationClock(2);
    return services;
}

/// Two bookings made while the kiosk was offline; the server then refused one as full.
void bookOfflineAndRefuseOne()
{
    StoreWriter::instance()->write<bool>(
        StationStore::instance(),
        [](store::Store &st) -> store::Result<bool> {
            const auto services = st.services().catalogue();
            if (!services.ok())
                return services.error();
            QStringList booked;
            const QDate today = st.now().date();
            for (const store::ServiceOffer &service : services.value()) {
                if (!service.bookable || booked.size() >= 3)
                    continue;
                const auto times = st.services().bookableSlots(service.id, today, today.addDays(14));
                if (!times.ok())
                    continue;
                for (const store::BookableSlot &slot : times.value()) {
                    if (booked.size() >= 3)
                        break;
                    if (const auto booking = st.services().book(slot.id); booking.ok()) {
                        booked << booking.value().id;
                        break;
                    }
                }
            }
            if (booked.isEmpty())
                return true;
            store::ChangeSet changes;
            changes.bookingStatuses.append(
                {booked.constFirst(), store::BookingState::Refused,
                 QStringLiteral("The time was already full when the booking reached the central office."), st.now().toUTC()});
            if (const auto applied = store::SyncQueue(st.database()).apply(changes); !applied.ok())
                return applied.error();
            return true;
        },
        [](const store::Result<bool> &) {});
    waitForWrites();
}

void unlockStaffMode(const QString &pin)
{
    StaffMode::instance()->setPin(pin);
    StaffMode::instance()->unlock(pin);
}

} // namespace

void QueueFixture::setStationClock(const QDateTime &moment)
{
    g_clockOffsetMs = moment.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    if (store::Store *st = StationStore::instance()->store())
        st->setClock(stationNow);
    StoreWriter::instance()->write<bool>(
        StationStore::instance(),
        [](store::Store &st) {
            st.setClock(stationNow);
            return store::Result<bool>(true);
        },
        [](const store::Result<bool> &) {});
    waitForWrites();
}

void QueueFixture::advanceStationClock(int minutes)
{
    g_clockOffsetMs += qint64(minutes) * 60'000;
}

QDateTime QueueFixture::openMoment(const store::ServiceOffer &service, const QDateTime &from)
{
    const auto hours = core::WeeklyHours::parse(service.weeklyHours);
    if (!hours)
        return {};
    for (int day = 0; day < 14; ++day) {
        const QDate date = from.date().addDays(day);
        for (const auto &[start, end] : hours->periodsOn(date)) {
            // Already inside a period, with time to spare: now will do.
            if (day == 0 && from.time() >= start && from.time() < end.addSecs(-30 * 60))
                return from;
            const QDateTime moment(date, start.addSecs(20 * 60));
            if (moment > from && moment.time() < end)
                return moment;
        }
    }
    return {};
}

void QueueFixture::prepare(PageFixture fixture, const QString &staffPin)
{
    switch (fixture) {
    case PageFixture::QueueTicket: {
        const QList<store::ServiceOffer> services = walkInServices();
        if (services.isEmpty())
            return;
        // The visitor comes after the story's C001 to C006: three still wait before them.
        fillTodaysQueues();
        StationQueue::instance()->take(services.constFirst().id);
        waitForWrites();
        break;
    }
    case PageFixture::QueueWaiting:
        fillTodaysQueues();
        unlockStaffMode(staffPin);
        QueueCaller::instance()->reload();
        break;
    case PageFixture::QueueCalled: {
        fillTodaysQueues();
        unlockStaffMode(staffPin);
        QueueDisplay::instance()->reload();
        break;
    }
    case PageFixture::UnconfirmedBookings:
        bookOfflineAndRefuseOne();
        unlockStaffMode(staffPin);
        break;
    default:
        break;
    }
}
