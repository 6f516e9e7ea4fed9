// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visit.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "kiosk/assessmentrequest.h"
#include "kiosk/bookingflow.h"
#include "kiosk/certificateapplication.h"
#include "kiosk/helprating.h"
#include "kiosk/helprequest.h"
#include "kiosk/mybookings.h"
#include "kiosk/myrequests.h"
#include "kiosk/navigator.h"
#include "kiosk/servicedirectory.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/visitordata.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/volunteerdesk.h"
#include "kiosk/volunteerregistration.h"

#include <QCoreApplication>

VisitorData::VisitorData()
{
    Visit::instance()->enrol(this);
}

VisitorData::~VisitorData()
{
    Visit::instance()->withdraw(this);
}

Visit::Visit(QObject *parent)
    : QObject(parent)
{
    connect(Session::instance(), &Session::ended, this, &Visit::endVisit);
    connect(VisitorIdentity::instance(), &VisitorIdentity::personChanging, this, &Visit::startNewVisitor);
    // A volunteer known only by their volunteer number is no identity; a card laid down in the
    // middle of their visit that is not theirs is the next person's.
    VisitorIdentity::instance()->setOtherwiseKnown(
        [this](const QString &idNumber) { return m_volunteers && m_volunteers->holdsSomeoneElseThan(idNumber); });
}

AssessmentRequest *Visit::assessment()
{
    // Made on first use, not in the constructor: it enrols itself here as visitor data.
    if (!m_assessment)
        m_assessment = new AssessmentRequest(this);
    return m_assessment;
}

CertificateApplication *Visit::application()
{
    if (!m_application)
        m_application = new CertificateApplication(this);
    return m_application;
}

HelpRequest *Visit::help()
{
    if (!m_help)
        m_help = new HelpRequest(this);
    return m_help;
}

MyRequests *Visit::myRequests()
{
    if (!m_myRequests)
        m_myRequests = new MyRequests(this);
    return m_myRequests;
}

HelpRating *Visit::rating()
{
    if (!m_rating)
        m_rating = new HelpRating(this);
    return m_rating;
}

ServiceDirectory *Visit::services()
{
    if (!m_services)
        m_services = new ServiceDirectory(this);
    return m_services;
}

BookingFlow *Visit::booking()
{
    if (!m_booking)
        m_booking = new BookingFlow(this);
    return m_booking;
}

MyBookings *Visit::myBookings()
{
    if (!m_myBookings)
        m_myBookings = new MyBookings(this);
    return m_myBookings;
}

VolunteerRegistration *Visit::registration()
{
    if (!m_registration)
        m_registration = new VolunteerRegistration(this);
    return m_registration;
}

VolunteerDesk *Visit::volunteers()
{
    if (!m_volunteers)
        m_volunteers = new VolunteerDesk(this);
    return m_volunteers;
}

void Visit::enrol(VisitorData *data)
{
    if (!m_holders.contains(data))
        m_holders.append(data);
}

void Visit::withdraw(VisitorData *data)
{
    m_holders.removeAll(data);
}

QList<QObject *> Visit::enrolledObjects() const
{
    QList<QObject *> objects;
    for (VisitorData *holder : m_holders)
        if (auto *object = dynamic_cast<QObject *>(holder))
            objects.append(object);
    return objects;
}

void Visit::finish()
{
    m_sayGoodbye = true;
    Session::instance()->end();
}

void Visit::wipeVisitorData()
{
    // A holder's wipe may destroy or create others (a page reacting to its model): copy first.
    const QList<VisitorData *> holders = m_holders;
    for (VisitorData *holder : holders)
        if (m_holders.contains(holder))
            holder->wipeVisitorData();
}

void Visit::startNewVisitor()
{
    wipeVisitorData();
    Announcer::instance()->reset();
    Navigator::instance()->home();
    emit visitorReplaced();
}

void Visit::nextPerson()
{
    startNewVisitor();
}

void Visit::endVisit()
{
    wipeVisitorData();
    VisitorIdentity::instance()->clear();
    StaffMode::instance()->leave();
    // Forgets "read aloud" and what was said (it may hold personal details), and puts rate and
    // volume back; stops whatever is being said.
    Announcer::instance()->reset();
    if (m_sayGoodbye) {
        // Still in the visitor's language and with their speech setting: the settings go next.
        Announcer::instance()->say(QCoreApplication::translate(
            "Visit", "Thank you, goodbye. Your details have been cleared from the kiosk."));
        m_sayGoodbye = false;
    }
    VisitorSettings::instance()->resetToDefaults();
    // Double time was for this visitor's keypad; the next one starts with the usual limits.
    Session::instance()->setLongerTimeLimits(false);
    Navigator::instance()->home();
    emit ended();
}
