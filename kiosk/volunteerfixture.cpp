// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteerfixture.h"

#include "drivers/idcard/idcard.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/volunteerdesk.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <atomic>

namespace {

// Read on the GUI thread and the writer's: atomics only.
std::atomic<qint64> g_wallOffsetMs{0};
std::atomic<qint64> g_monotonicOffsetMs{0};
std::atomic<int> g_boot{1};

QDateTime wallNow()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + g_wallOffsetMs.load());
}

store::MonotonicReading monotonicNow()
{
    return {QStringLiteral("fixture-boot-%1").arg(g_boot.load()),
            QDateTime::currentMSecsSinceEpoch() + g_monotonicOffsetMs.load()};
}

void waitForWrites()
{
    StoreWriter::instance()->flush();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
}

void installClocks()
{
    if (store::Store *st = StationStore::instance()->store()) {
        st->setClock(wallNow);
        st->setMonotonicClock(monotonicNow);
    }
    StoreWriter::instance()->write<bool>(
        StationStore::instance(),
        [](store::Store &st) {
            st.setClock(wallNow);
            st.setMonotonicClock(monotonicNow);
            return store::Result<bool>(true);
        },
        [](const store::Result<bool> &) {});
    waitForWrites();
}

QString demoNumber()
{
    if (const store::Store *st = StationStore::instance()->store())
        if (const auto v = st->volunteers().volunteerOfIdNumber(store::DemoData::volunteerIdNumber()); v.ok() && v.value())
            return v.value()->number;
    return QStringLiteral("TJ-V-000101");
}

/// Checks `number` in on the writer's thread, to today's first assignment or station duty.
void checkInDirectly(const QString &number, bool toAssignment)
{
    StoreWriter::instance()->write<store::VolunteerCheck>(
        StationStore::instance(),
        [number, toAssignment](store::Store &st) {
            QString assignment;
            if (toAssignment)
                if (const auto day = st.volunteers().dayOf(number); day.ok() && !day.value().assignments.isEmpty())
                    assignment = day.value().assignments.constFirst().id;
            return st.volunteers().checkIn(number, assignment);
        },
        [](const store::Result<store::VolunteerCheck> &) {});
    waitForWrites();
}

/// The demo volunteer checked in at their first assignment's start and out 2 h 35 min later.
void serveAndCheckOut()
{
    VolunteerFixture::setClocks(VolunteerFixture::firstAssignmentStart(0));
    VolunteerFixture::placeVolunteerCard();
    VolunteerDesk *desk = Visit::instance()->volunteers();
    const QVariantList tasks = desk->assignments();
    desk->checkIn(tasks.isEmpty() ? QString() : tasks.constFirst().toMap().value(QStringLiteral("id")).toString());
    waitForWrites();
    VolunteerFixture::advance(155);
    desk->checkOut();
    waitForWrites();
}

} // namespace

void VolunteerFixture::setClocks(const QDateTime &moment)
{
    g_wallOffsetMs = moment.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    g_monotonicOffsetMs = g_wallOffsetMs.load();
    installClocks();
}

void VolunteerFixture::advance(int minutes)
{
    g_wallOffsetMs += qint64(minutes) * 60'000;
    g_monotonicOffsetMs += qint64(minutes) * 60'000;
}

void VolunteerFixture::moveWallClock(int minutes)
{
    g_wallOffsetMs += qint64(minutes) * 60'000;
}

void VolunteerFixture::restart()
{
    ++g_boot;
    // A new boot counts from a few seconds.
    g_monotonicOffsetMs = 5'000 - QDateTime::currentMSecsSinceEpoch();
}

QDateTime VolunteerFixture::now()
{
    return wallNow();
}

void VolunteerFixture::placeVolunteerCard()
{
    idcard::IdCard card;
    card.idNumber = store::DemoData::volunteerIdNumber();
    card.idNumberValid = true;
    if (const store::Store *st = StationStore::instance()->store())
        if (const auto v = st->volunteers().volunteerOfIdNumber(card.idNumber); v.ok() && v.value())
            card.name = v.value()->name;
    VisitorIdentity::instance()->setFromCard(card);
    Visit::instance()->volunteers()->fromIdentity();
}

QDateTime VolunteerFixture::firstAssignmentStart(int minutesAfter)
{
    const store::Store *st = StationStore::instance()->store();
    const QDate today = st ? st->now().date() : QDate::currentDate();
    QDateTime start(today, QTime(9, 0));
    if (st)
        if (const auto day = st->volunteers().dayOf(demoNumber()); day.ok() && !day.value().assignments.isEmpty())
            start = day.value().assignments.constFirst().startsAt;
    return start.addSecs(qint64(minutesAfter) * 60);
}

void VolunteerFixture::prepare(PageFixture fixture, const QString &staffPin)
{
    switch (fixture) {
    case PageFixture::VolunteerFound:
        // Before the first task: it is still to check in to.
        setClocks(firstAssignmentStart(-10));
        placeVolunteerCard();
        break;
    case PageFixture::VolunteerNumberTyped:
        for (const QChar digit : QStringLiteral("101"))
            Visit::instance()->volunteers()->appendDigit(QString(digit));
        break;
    case PageFixture::VolunteerCheckedOut:
        serveAndCheckOut();
        break;
    case PageFixture::VolunteerHours:
        serveAndCheckOut();
        Visit::instance()->volunteers()->reload();
        break;
    case PageFixture::VolunteersCheckedIn: {
        setClocks(firstAssignmentStart(5));
        const QStringList numbers = store::DemoData::volunteerNumbers();
        for (int i = 0; i < numbers.size() && i < 3; ++i)
            checkInDirectly(numbers.at(i), i != 1);
        StaffMode::instance()->setPin(staffPin);
        StaffMode::instance()->unlock(staffPin);
        break;
    }
    default:
        break;
    }
}
