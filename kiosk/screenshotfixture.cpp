// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/screenshotfixture.h"

#include "core/certificatestate.h"
#include "core/democertificates.h"
#include "kiosk/applicationfixture.h"
#include "kiosk/assessmentrequest.h"
#include "kiosk/bookingflow.h"
#include "drivers/idcard/idcard.h"
#include "kiosk/helprating.h"
#include "kiosk/helprequest.h"
#include "kiosk/mybookings.h"
#include "kiosk/myrequests.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/queuefixture.h"
#include "kiosk/registrationfixture.h"
#include "kiosk/servicedirectory.h"
#include "kiosk/staffcallfixture.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/store/demodata.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/volunteerfixture.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace {

/// The demo case asked for on the command line; empty: the usual demo visitor.
QString &chosenCertificateState()
{
    static QString key;
    return key;
}

void identifyDemoVisitor()
{
    const QString &chosen = chosenCertificateState();
    if (chosen == u"none") {
        VisitorIdentity::instance()->setTyped(store::DemoData::idNumberWithoutCertificate());
        return;
    }
    if (const auto demo = core::DemoCertificates::find(chosen)) {
        VisitorIdentity::instance()->setTyped(demo->idNumber);
        return;
    }
    // Someone whose application is under review: a timeline with steps done and to come.
    for (const auto &person : store::DemoData::people())
        if (person.state == core::CertificateState::AwaitingAssessment)
            VisitorIdentity::instance()->setTyped(person.idNumber);
}

void typePhone(int digits)
{
    AssessmentRequest *request = Visit::instance()->assessment();
    request->clear();
    request->setKind(QStringLiteral("home_assessment"));
    for (const QChar digit : QStringLiteral("13812345678").left(digits))
        request->append(QString(digit));
}

/// Lets a write on the store writer's thread finish and its answer arrive.
void waitForWrite()
{
    StoreWriter::instance()->flush();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
}

void identifyCardVisitor()
{
    // A made-up card: the demo person with help requests, a name and an address to show.
    idcard::IdCard card;
    card.name = QStringLiteral("李明");
    card.address = QStringLiteral("和平区南京路 88 号 3 单元 502 室");
    card.idNumber = store::DemoData::idNumberWithHelpRequests();
    card.idNumberValid = true;
    VisitorIdentity::instance()->setFromCard(card);
}

void chooseEveryHelpStep()
{
    HelpRequest *help = Visit::instance()->help();
    help->start();
    help->chooseHelpType(QStringLiteral("accompany_to_hospital"));
    const QVariantList days = help->days();
    help->chooseDay(days.value(1).toMap().value(QStringLiteral("iso")).toString());
    help->chooseDayPart(QStringLiteral("afternoon"));
    const QVariantList places = help->places();
    if (!places.isEmpty())
        help->choosePlace(QStringLiteral("listed"), places.constFirst().toMap().value(QStringLiteral("id")).toString());
    else
        help->choosePlace(QStringLiteral("home"));
    for (const QChar digit : QStringLiteral("13812345678"))
        help->appendDigit(QString(digit));
    help->toggleNote(QStringLiteral("uses_wheelchair"));
    help->toggleNote(QStringLiteral("hard_of_hearing"));
}

/// A bookable service with times every weekday, shown in its kind's list.
const QString kBookableService = QStringLiteral("rehab-training");

void chooseBookableService()
{
    ServiceDirectory *directory = Visit::instance()->services();
    directory->chooseCategory(QStringLiteral("rehabilitation"));
    directory->chooseService(kBookableService);
}

/// The first entry of `list` whose `key` is true for neither "full", "closed" nor "over".
QString firstFree(const QVariantList &list, const QString &key)
{
    for (const QVariant &entry : list) {
        const QVariantMap map = entry.toMap();
        if (!map.value(QStringLiteral("full")).toBool() && !map.value(QStringLiteral("closed")).toBool()
            && !map.value(QStringLiteral("over")).toBool())
            return map.value(key).toString();
    }
    return {};
}

void startBooking(int steps)
{
    identifyDemoVisitor();
    chooseBookableService();
    BookingFlow *booking = Visit::instance()->booking();
    booking->start(kBookableService);
    if (steps < 1)
        return;
    // A day after today: all of its times are ahead, the full one among them.
    QVariantList later = booking->days();
    if (!later.isEmpty())
        later.removeFirst();
    booking->chooseDay(firstFree(later, QStringLiteral("iso")));
    if (steps < 2)
        return;
    booking->chooseTime(firstFree(booking->times(), QStringLiteral("slotId")));
    for (const QChar digit : QStringLiteral("13812345678"))
        booking->appendDigit(QString(digit));
}

/// Waits (at most two seconds) until the booking's code is on screen: the hold's answer and
/// the write both come through the event loop.
void waitForBooking()
{
    BookingFlow *booking = Visit::instance()->booking();
    for (int i = 0; i < 40 && booking->code().isEmpty(); ++i) {
        waitForWrite();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

/// Two upcoming bookings of the demo visitor: one the server held, one made offline.
void bookTwice()
{
    store::Store *st = StationStore::instance()->store();
    if (!st)
        return;
    const QString idNumber = VisitorIdentity::instance()->idNumber();
    const QDate today = st->now().date();
    const auto offered = st->services().bookableSlots(kBookableService, today.addDays(1), today.addDays(14));
    if (!offered.ok())
        return;
    int made = 0;
    for (const store::BookableSlot &slot : offered.value()) {
        if (made == 2)
            break;
        if (slot.closed || slot.freePlaces() == 0 || slot.startsAt.date() == today)
            continue;
        auto draft = st->services().prepareBooking(slot.id, idNumber, {});
        if (!draft.ok())
            continue;
        draft.value().state = made == 0 ? store::BookingState::Confirmed : store::BookingState::Provisional;
        if (st->services().book(draft.value()).ok())
            ++made;
    }
}

} // namespace

void ScreenshotFixture::setCertificateState(const QString &key)
{
    chosenCertificateState() = key;
}

bool ScreenshotFixture::isCertificateState(const QString &key)
{
    return key == u"none" || core::DemoCertificates::find(key).has_value();
}

void ScreenshotFixture::prepare(const QString &page, const QString &staffPin)
{
    const auto entry = PageCatalogue::find(page);
    if (!entry)
        return;
    switch (entry->fixture) {
    case PageFixture::None:
    case PageFixture::Warning:
    case PageFixture::Attract:
        break;
    case PageFixture::Visitor:
        identifyDemoVisitor();
        break;
    case PageFixture::PhoneTyped:
        identifyDemoVisitor();
        typePhone(7);
        break;
    case PageFixture::PhoneComplete:
        identifyDemoVisitor();
        typePhone(11);
        break;
    case PageFixture::Submitted: {
        identifyDemoVisitor();
        typePhone(11);
        AssessmentRequest *request = Visit::instance()->assessment();
        if (request->submit()) {
            // The write runs on the writer's thread; its answer comes through the event loop.
            StoreWriter::instance()->flush();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        }
        break;
    }
    case PageFixture::HelpStart:
        identifyCardVisitor();
        Visit::instance()->help()->start();
        break;
    case PageFixture::HelpDraft:
        identifyCardVisitor();
        chooseEveryHelpStep();
        break;
    case PageFixture::HelpSubmitted:
        identifyCardVisitor();
        chooseEveryHelpStep();
        if (Visit::instance()->help()->submit())
            waitForWrite();
        break;
    case PageFixture::HelpRequests:
        identifyCardVisitor();
        Visit::instance()->myRequests()->reload();
        break;
    case PageFixture::HelpRating: {
        identifyCardVisitor();
        MyRequests *requests = Visit::instance()->myRequests();
        requests->reload();
        for (const QVariant &item : requests->items())
            if (item.toMap().value(QStringLiteral("rateable")).toBool()) {
                Visit::instance()->rating()->begin(item.toMap());
                break;
            }
        Visit::instance()->rating()->setStars(4);
        Visit::instance()->rating()->togglePhrase(QStringLiteral("on_time"));
        break;
    }
    case PageFixture::ServiceChosen:
        chooseBookableService();
        break;
    case PageFixture::BookingStart:
        startBooking(0);
        break;
    case PageFixture::BookingDay:
        startBooking(1);
        break;
    case PageFixture::BookingDraft:
        startBooking(2);
        break;
    case PageFixture::Booked:
        startBooking(2);
        if (Visit::instance()->booking()->submit())
            waitForBooking();
        break;
    case PageFixture::Bookings:
        identifyDemoVisitor();
        bookTwice();
        Visit::instance()->myBookings()->reload();
        break;
    case PageFixture::Staff:
    case PageFixture::StaffCalls:
        StaffCallFixture::prepare(entry->fixture, staffPin);
        break;
    case PageFixture::QueueTicket:
    case PageFixture::QueueWaiting:
    case PageFixture::QueueCalled:
    case PageFixture::UnconfirmedBookings:
        QueueFixture::prepare(entry->fixture, staffPin);
        break;
    case PageFixture::VolunteerFound:
    case PageFixture::VolunteerNumberTyped:
    case PageFixture::VolunteerCheckedOut:
    case PageFixture::VolunteerHours:
    case PageFixture::VolunteersCheckedIn:
        VolunteerFixture::prepare(entry->fixture, staffPin);
        break;
    case PageFixture::VolunteerRegisterStart:
    case PageFixture::VolunteerRegisterTimes:
    case PageFixture::VolunteerRegisterPhone:
    case PageFixture::VolunteerRegisterDraft:
    case PageFixture::VolunteerRegistered:
        RegistrationFixture::prepare(entry->fixture);
        break;
    case PageFixture::ApplicationStart:
    case PageFixture::ApplicationDistrict:
    case PageFixture::ApplicationPhone:
    case PageFixture::ApplicationDraft:
    case PageFixture::ApplicationSent:
        ApplicationFixture::prepare(entry->fixture, page);
        break;
    }
}
