// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pagecatalogue.h"

#include <QtGlobal>

const QList<PageCatalogue::Entry> &PageCatalogue::entries()
{
    using F = PageFixture;
    // A visitor may not expect to be asked who they are before asking for help.
    static const char *const whyHelp = QT_TRANSLATE_NOOP(
        "Pages", "So a coordinator knows who asks for help, and you can follow your requests. No certificate is needed.");
    // Booking a time needs an identity, which a visitor may not expect at a service desk.
    static const char *const whyBooking = QT_TRANSLATE_NOOP(
        "Pages", "So the booking is yours: you can see it and cancel it later.");
    // Registering as a volunteer needs the card: the name is read from it.
    static const char *const whyRegister = QT_TRANSLATE_NOOP("Pages", "So the kiosk can read your name from your ID card.");
    // The certificate procedures act on the visitor's own certificate.
    static const char *const whyCertificate = QT_TRANSLATE_NOOP(
        "Pages", "So staff know whose certificate it is, and can call you about it.");
    // clang-format off
    static const QList<Entry> table = {
        {QStringLiteral("attract"), {}, QT_TRANSLATE_NOOP("Pages", "Welcome"), nullptr,
         QStringLiteral("touch_app"), F::Attract},
        {QStringLiteral("home"), QStringLiteral("HomePage.qml"), QT_TRANSLATE_NOOP("Pages", "What would you like to do?"), nullptr,
         QStringLiteral("home"), F::None},
        {QStringLiteral("certificate"), QStringLiteral("CertificatePage.qml"), QT_TRANSLATE_NOOP("Pages", "My disability certificate"),
         QT_TRANSLATE_NOOP("Pages", "Where it is, what comes next, what to bring"),
         QStringLiteral("badge"), F::Visitor, false, true, true},
        {QStringLiteral("help-kind"), QStringLiteral("HelpKindPage.qml"), QT_TRANSLATE_NOOP("Pages", "Ask a volunteer for help"),
         QT_TRANSLATE_NOOP("Pages", "Hospital visits, shopping, sign language and more"),
         QStringLiteral("volunteer_activism"), F::HelpStart, false, true, true, whyHelp},
        {QStringLiteral("services"), QStringLiteral("ServicesPage.qml"), QT_TRANSLATE_NOOP("Pages", "Station services"),
         QT_TRANSLATE_NOOP("Pages", "Rehabilitation, jobs, day care, legal aid and more"),
         QStringLiteral("apps"), F::None, false, false, true},
        {QStringLiteral("checkin"), QStringLiteral("CheckInPage.qml"), QT_TRANSLATE_NOOP("Pages", "Volunteers"),
         QT_TRANSLATE_NOOP("Pages", "Register, check in and out, see your hours"),
         QStringLiteral("how_to_reg"), F::VolunteerFound, false, false, true},
        {QStringLiteral("callstaff"), QStringLiteral("CallStaffPage.qml"), QT_TRANSLATE_NOOP("Pages", "Call staff"),
         QT_TRANSLATE_NOOP("Pages", "A person from the station comes to you"),
         QStringLiteral("support_agent"), F::None, false, false, true},
        // The same page, called from the certificate page's appeal: the call's reason is the page's.
        {QStringLiteral("callstaff-appeal"), QStringLiteral("CallStaffPage.qml"), QT_TRANSLATE_NOOP("Pages", "Call staff"),
         nullptr, QStringLiteral("support_agent"), F::None},
        // The visitor's own text size, colours and speech for this visit (from the top bar).
        {QStringLiteral("settings"), QStringLiteral("SettingsPage.qml"), QT_TRANSLATE_NOOP("Pages", "Settings"), nullptr,
         QStringLiteral("settings"), F::None},
        {QStringLiteral("identify"), QStringLiteral("IdentifyPage.qml"), QT_TRANSLATE_NOOP("Pages", "Show who you are"), nullptr,
         QStringLiteral("badge"), F::None},
        {QStringLiteral("idnumber"), QStringLiteral("IdNumberPage.qml"), QT_TRANSLATE_NOOP("Pages", "Type your ID number"), nullptr,
         QStringLiteral("dialpad"), F::None},
        {QStringLiteral("phone"), QStringLiteral("PhonePage.qml"), QT_TRANSLATE_NOOP("Pages", "Your phone number"), nullptr,
         QStringLiteral("call"), F::PhoneTyped, false, true},
        {QStringLiteral("phone-review"), QStringLiteral("PhoneReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your request"), nullptr,
         QStringLiteral("fact_check"), F::PhoneComplete, false, true},
        {QStringLiteral("confirmation"), QStringLiteral("ConfirmationPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your request is sent"), nullptr,
         QStringLiteral("check_circle"), F::Submitted, false, true},
        // The six certificate procedures: one page each (CertificateProcedurePage.qml serves all),
        // the district for a transfer, the phone, a review each (one QML), the code.
        {QStringLiteral("cert-apply"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Apply for a certificate"), nullptr,
         QStringLiteral("note_add"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-renew"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Renew my certificate"), nullptr,
         QStringLiteral("autorenew"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-replace"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Report it lost or replace it"), nullptr,
         QStringLiteral("report"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-transfer"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Move it to my new district"), nullptr,
         QStringLiteral("move_up"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-change"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Change its category or level"), nullptr,
         QStringLiteral("edit_note"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-cancel"), QStringLiteral("CertificateProcedurePage.qml"), QT_TRANSLATE_NOOP("Pages", "Cancel my certificate"), nullptr,
         QStringLiteral("cancel"), F::ApplicationStart, false, true, false, whyCertificate},
        {QStringLiteral("cert-district"), QStringLiteral("DistrictPage.qml"), QT_TRANSLATE_NOOP("Pages", "Which district are you moving to?"), nullptr,
         QStringLiteral("location_city"), F::ApplicationDistrict, false, true, false, whyCertificate},
        {QStringLiteral("cert-phone"), QStringLiteral("ApplicationPhonePage.qml"), QT_TRANSLATE_NOOP("Pages", "A phone number for staff"), nullptr,
         QStringLiteral("call"), F::ApplicationPhone, false, true, false, whyCertificate},
        {QStringLiteral("cert-apply-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your application"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-renew-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your application"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-replace-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your application"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-transfer-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your application"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-change-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your application"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-cancel-review"), QStringLiteral("CertificateReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check before you cancel"), nullptr,
         QStringLiteral("fact_check"), F::ApplicationDraft, false, true, false, whyCertificate},
        {QStringLiteral("cert-sent"), QStringLiteral("CertificateSentPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your application is sent"), nullptr,
         QStringLiteral("check_circle"), F::ApplicationSent, false, true, false, whyCertificate},
        {QStringLiteral("help-when"), QStringLiteral("HelpWhenPage.qml"), QT_TRANSLATE_NOOP("Pages", "When do you need help?"), nullptr,
         QStringLiteral("event"), F::HelpDraft, false, true, false, whyHelp},
        {QStringLiteral("help-where"), QStringLiteral("HelpWherePage.qml"), QT_TRANSLATE_NOOP("Pages", "Where shall the volunteer meet you?"), nullptr,
         QStringLiteral("place"), F::HelpDraft, false, true, false, whyHelp},
        {QStringLiteral("help-phone"), QStringLiteral("HelpPhonePage.qml"), QT_TRANSLATE_NOOP("Pages", "A phone number to call you"), nullptr,
         QStringLiteral("call"), F::HelpDraft, false, true, false, whyHelp},
        {QStringLiteral("help-note"), QStringLiteral("HelpNotePage.qml"), QT_TRANSLATE_NOOP("Pages", "What should the volunteer know?"), nullptr,
         QStringLiteral("notes"), F::HelpDraft, false, true, false, whyHelp},
        {QStringLiteral("help-review"), QStringLiteral("HelpReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your request for help"), nullptr,
         QStringLiteral("fact_check"), F::HelpDraft, false, true, false, whyHelp},
        {QStringLiteral("help-confirmation"), QStringLiteral("HelpConfirmationPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your request for help is sent"), nullptr,
         QStringLiteral("check_circle"), F::HelpSubmitted, false, true, false, whyHelp},
        {QStringLiteral("my-requests"), QStringLiteral("MyRequestsPage.qml"), QT_TRANSLATE_NOOP("Pages", "My requests for help"), nullptr,
         QStringLiteral("list_alt"), F::HelpRequests, false, true, false, whyHelp},
        {QStringLiteral("rate"), QStringLiteral("RatePage.qml"), QT_TRANSLATE_NOOP("Pages", "Rate the help"), nullptr,
         QStringLiteral("star"), F::HelpRating, false, true, false, whyHelp},
        {QStringLiteral("queue-number"), QStringLiteral("QueueNumberPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your queue number"), nullptr,
         QStringLiteral("confirmation_number"), F::QueueTicket},
        {QStringLiteral("service-list"), QStringLiteral("ServiceListPage.qml"), QT_TRANSLATE_NOOP("Pages", "Services of this kind"), nullptr,
         QStringLiteral("list"), F::ServiceChosen},
        {QStringLiteral("service"), QStringLiteral("ServicePage.qml"), QT_TRANSLATE_NOOP("Pages", "About this service"), nullptr,
         QStringLiteral("info"), F::ServiceChosen},
        {QStringLiteral("book-day"), QStringLiteral("BookDayPage.qml"), QT_TRANSLATE_NOOP("Pages", "Book a time: choose a day"), nullptr,
         QStringLiteral("calendar_month"), F::BookingStart, false, true, false, whyBooking},
        {QStringLiteral("book-time"), QStringLiteral("BookTimePage.qml"), QT_TRANSLATE_NOOP("Pages", "Book a time: choose a time"), nullptr,
         QStringLiteral("schedule"), F::BookingDay, false, true, false, whyBooking},
        {QStringLiteral("book-phone"), QStringLiteral("BookPhonePage.qml"), QT_TRANSLATE_NOOP("Pages", "A phone number for the station"), nullptr,
         QStringLiteral("call"), F::BookingDraft, false, true, false, whyBooking},
        {QStringLiteral("book-review"), QStringLiteral("BookReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your booking"), nullptr,
         QStringLiteral("fact_check"), F::BookingDraft, false, true, false, whyBooking},
        {QStringLiteral("booked"), QStringLiteral("BookedPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your time is booked"), nullptr,
         QStringLiteral("event_available"), F::Booked, false, true, false, whyBooking},
        {QStringLiteral("my-bookings"), QStringLiteral("MyBookingsPage.qml"), QT_TRANSLATE_NOOP("Pages", "My bookings"), nullptr,
         QStringLiteral("event_note"), F::Bookings, false, true, false, whyBooking},
        {QStringLiteral("volunteer-register"), QStringLiteral("VolunteerRegisterPage.qml"), QT_TRANSLATE_NOOP("Pages", "Register as a volunteer"), nullptr,
         QStringLiteral("volunteer_activism"), F::VolunteerRegisterStart, false, true, false, whyRegister},
        {QStringLiteral("volunteer-times"), QStringLiteral("VolunteerTimesPage.qml"), QT_TRANSLATE_NOOP("Pages", "When can you help?"), nullptr,
         QStringLiteral("calendar_view_week"), F::VolunteerRegisterTimes, false, true, false, whyRegister},
        {QStringLiteral("volunteer-phone"), QStringLiteral("VolunteerPhonePage.qml"), QT_TRANSLATE_NOOP("Pages", "Your phone number for the coordinators"), nullptr,
         QStringLiteral("call"), F::VolunteerRegisterPhone, false, true, false, whyRegister},
        {QStringLiteral("volunteer-consent"), QStringLiteral("VolunteerConsentPage.qml"), QT_TRANSLATE_NOOP("Pages", "What the station keeps about you"), nullptr,
         QStringLiteral("privacy_tip"), F::VolunteerRegisterPhone, false, true, false, whyRegister},
        {QStringLiteral("volunteer-review"), QStringLiteral("VolunteerReviewPage.qml"), QT_TRANSLATE_NOOP("Pages", "Check your registration"), nullptr,
         QStringLiteral("fact_check"), F::VolunteerRegisterDraft, false, true, false, whyRegister},
        {QStringLiteral("volunteer-registered"), QStringLiteral("VolunteerRegisteredPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your registration is saved"), nullptr,
         QStringLiteral("how_to_reg"), F::VolunteerRegistered, false, true, false, whyRegister},
        {QStringLiteral("volunteer-number"), QStringLiteral("VolunteerNumberPage.qml"), QT_TRANSLATE_NOOP("Pages", "Type your volunteer number"), nullptr,
         QStringLiteral("dialpad"), F::VolunteerNumberTyped},
        {QStringLiteral("checkout"), QStringLiteral("CheckOutPage.qml"), QT_TRANSLATE_NOOP("Pages", "Your service time"), nullptr,
         QStringLiteral("task_alt"), F::VolunteerCheckedOut},
        {QStringLiteral("volunteer-hours"), QStringLiteral("VolunteerHoursPage.qml"), QT_TRANSLATE_NOOP("Pages", "My volunteer hours"), nullptr,
         QStringLiteral("hourglass_bottom"), F::VolunteerHours},
        {QStringLiteral("staffpin"), QStringLiteral("StaffPinPage.qml"), QT_TRANSLATE_NOOP("Pages", "Staff"), nullptr,
         QStringLiteral("lock"), F::None, true},
        {QStringLiteral("staff"), QStringLiteral("StaffPage.qml"), QT_TRANSLATE_NOOP("Pages", "Staff mode"), nullptr,
         QStringLiteral("engineering"), F::Staff, true},
        {QStringLiteral("staff-queue"), QStringLiteral("StaffQueuePage.qml"), QT_TRANSLATE_NOOP("Pages", "Today's queue"), nullptr,
         QStringLiteral("format_list_numbered"), F::QueueWaiting, true},
        {QStringLiteral("staff-bookings"), QStringLiteral("StaffBookingsPage.qml"), QT_TRANSLATE_NOOP("Pages", "Bookings not confirmed"), nullptr,
         QStringLiteral("event_busy"), F::UnconfirmedBookings, true},
        {QStringLiteral("staff-volunteers"), QStringLiteral("StaffVolunteersPage.qml"), QT_TRANSLATE_NOOP("Pages", "Volunteers checked in now"), nullptr,
         QStringLiteral("groups"), F::VolunteersCheckedIn, true},
        {QStringLiteral("staff-calls"), QStringLiteral("StaffCallsPage.qml"), QT_TRANSLATE_NOOP("Pages", "Calls from visitors"), nullptr,
         QStringLiteral("support_agent"), F::StaffCalls, true},
        // Opened from staff mode on the kiosk's own screen; a second screen shows it by itself.
        {QStringLiteral("queue-display"), QStringLiteral("QueueDisplayPage.qml"), QT_TRANSLATE_NOOP("Pages", "Queue display"), nullptr,
         QStringLiteral("tv"), F::QueueCalled, true},
        {QStringLiteral("timeout"), {}, QT_TRANSLATE_NOOP("Pages", "Do you need more time?"), nullptr,
         QStringLiteral("timer"), F::Warning},
        // The Help overlay over the home page (opened by Main.qml, as the Help button opens it): a
        // dialog over a page, like the warning.
        {QStringLiteral("help-overlay"), {}, QT_TRANSLATE_NOOP("Pages", "Help"), nullptr,
         QStringLiteral("help"), F::Warning},
    };
    // clang-format on
    return table;
}

std::optional<PageCatalogue::Entry> PageCatalogue::find(const QString &name)
{
    for (const Entry &entry : entries())
        if (entry.name == name)
            return entry;
    return std::nullopt;
}

QStringList PageCatalogue::names()
{
    QStringList list;
    for (const Entry &entry : entries())
        list.append(entry.name);
    return list;
}

QStringList PageCatalogue::homeTiles()
{
    QStringList list;
    for (const Entry &entry : entries())
        if (entry.homeTile)
            list.append(entry.name);
    return list;
}

QStringList PageCatalogue::staffPages()
{
    QStringList list;
    for (const Entry &entry : entries())
        if (entry.staffOnly)
            list.append(entry.name);
    return list;
}

bool PageCatalogue::isStaffPage(const QString &name)
{
    const auto entry = find(name);
    return entry && entry->staffOnly;
}

QStringList PageCatalogue::visitorPages()
{
    QStringList list;
    for (const Entry &entry : entries())
        if (!entry.staffOnly && entry.fixture != PageFixture::Attract)
            list.append(entry.name);
    return list;
}
