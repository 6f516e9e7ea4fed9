// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class AssessmentRequest;
class BookingFlow;
class CertificateApplication;
class HelpRating;
class HelpRequest;
class MyBookings;
class MyRequests;
class ServiceDirectory;
class VisitorData;
class VolunteerDesk;
Q_MOC_INCLUDE("kiosk/volunteerdesk.h")
class VolunteerRegistration;

/// @brief One person's visit, from the first touch to "I'm finished" (or the time-out), and
/// the one routine that wipes it.
///
/// Ending a visit, whatever ends it: every view model's visitor data (VisitorData), the
/// identity, staff mode, what the announcer remembers, the visitor's settings and the pages
/// visited are cleared here, in this order, and nowhere else. A different person identifying
/// in the middle of a visit starts a new one: the previous person's data goes the same way,
/// while the settings the person in front of the kiosk just chose stay.
class Visit : public QObject, public ProcessSingleton<Visit>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// The request being made in this visit (phone → review → confirmation).
    Q_PROPERTY(AssessmentRequest *assessment READ assessment CONSTANT)
    /// The certificate procedure being applied for (cert-<key> → ... → cert-sent).
    Q_PROPERTY(CertificateApplication *application READ application CONSTANT)
    Q_MOC_INCLUDE("kiosk/certificateapplication.h")
    /// The volunteer help being asked for (help-kind → ... → help-review → confirmation).
    Q_PROPERTY(HelpRequest *help READ help CONSTANT)
    /// This visitor's help requests (my-requests) and the one being rated (rate).
    Q_PROPERTY(MyRequests *myRequests READ myRequests CONSTANT)
    Q_PROPERTY(HelpRating *rating READ rating CONSTANT)
    /// The station's services as browsed in this visit (services → service-list → service).
    Q_PROPERTY(ServiceDirectory *services READ services CONSTANT)
    /// The time being booked (book-day → ... → book-review → booked).
    Q_PROPERTY(BookingFlow *booking READ booking CONSTANT)
    /// This visitor's bookings (my-bookings).
    Q_PROPERTY(MyBookings *myBookings READ myBookings CONSTANT)
    /// The volunteer at the volunteers' desk (checkin → checkout, volunteer-hours).
    Q_PROPERTY(VolunteerDesk *volunteers READ volunteers CONSTANT)
    /// Registering as a volunteer (volunteer-register → ... → volunteer-registered).
    Q_PROPERTY(VolunteerRegistration *registration READ registration CONSTANT)
    // Its moc comes after this one's: the type must be complete here.
    Q_MOC_INCLUDE("kiosk/volunteerregistration.h")

public:
    [[nodiscard]] AssessmentRequest *assessment();
    [[nodiscard]] CertificateApplication *application();
    [[nodiscard]] HelpRequest *help();
    [[nodiscard]] MyRequests *myRequests();
    [[nodiscard]] HelpRating *rating();
    [[nodiscard]] ServiceDirectory *services();
    [[nodiscard]] BookingFlow *booking();
    [[nodiscard]] MyBookings *myBookings();
    [[nodiscard]] VolunteerDesk *volunteers();
    [[nodiscard]] VolunteerRegistration *registration();

    /// "I'm finished" (and Done on a confirmation): a short goodbye, then the visit ends.
    Q_INVOKABLE void finish();

    /// The person so far is done (the certificate page's "Try another number"): their data goes
    /// through the one wipe routine, as when another card is read; the visit goes on.
    void nextPerson();

    void enrol(VisitorData *data);
    void withdraw(VisitorData *data);
    /// The view models that hold visitor data now (for tests that check they hold nothing).
    [[nodiscard]] QList<QObject *> enrolledObjects() const;

signals:
    /// Everything of the visitor's is gone; the attract screen is next.
    void ended();
    /// Another person identified: the previous person's data is gone, the visit goes on.
    void visitorReplaced();

private:
    friend class ProcessSingleton<Visit>;
    explicit Visit(QObject *parent = nullptr);
    void wipeVisitorData();
    void endVisit();
    void startNewVisitor();

    QList<VisitorData *> m_holders;
    AssessmentRequest *m_assessment = nullptr;
    CertificateApplication *m_application = nullptr;
    HelpRequest *m_help = nullptr;
    MyRequests *m_myRequests = nullptr;
    HelpRating *m_rating = nullptr;
    ServiceDirectory *m_services = nullptr;
    BookingFlow *m_booking = nullptr;
    MyBookings *m_myBookings = nullptr;
    VolunteerDesk *m_volunteers = nullptr;
    VolunteerRegistration *m_registration = nullptr;
    bool m_sayGoodbye = false;
};
