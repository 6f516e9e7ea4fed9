// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What a page needs before it can be rendered alone (`kiosk --screenshot --page NAME`) or
/// shown to a visitor.
enum class PageFixture {
    None,          ///< nothing: the page stands alone
    Visitor,       ///< an identified visitor (a demo person whose application is under review)
    PhoneTyped,    ///< a visitor half-way through typing a phone number for a request
    PhoneComplete, ///< a visitor with a whole phone number, on the review step
    Submitted,     ///< a visitor whose request was just saved
    HelpStart,     ///< a card visitor (name and address) starting to ask for volunteer help
    HelpDraft,     ///< a card visitor with every step of a help request chosen
    HelpSubmitted, ///< a card visitor whose help request was just saved
    HelpRequests,  ///< the demo person with help requests in every stage
    HelpRating,    ///< the demo person rating a finished help request
    ServiceChosen, ///< a kind of service and one of its bookable services chosen
    BookingStart,  ///< a visitor booking a time at a service: the days to choose from
    BookingDay,    ///< ... with a day chosen: its times
    BookingDraft,  ///< ... with a time and a phone number chosen
    Booked,        ///< ... whose booking was just saved
    Bookings,      ///< a visitor with upcoming bookings
    Staff,         ///< staff mode unlocked
    QueueTicket,   ///< a queue number just taken, with others waiting before it
    QueueWaiting,  ///< staff mode, with numbers waiting and called in today's queues
    QueueCalled,   ///< staff mode, a number just called and a few before it (the display)
    UnconfirmedBookings, ///< staff mode, with bookings refused by the server or provisional
    VolunteerRegisterStart,  ///< a card visitor who is not a volunteer, registering: the skills
    VolunteerRegisterTimes,  ///< ... with skills and times chosen: the week grid
    VolunteerRegisterPhone,  ///< ... and a whole phone number: the phone, the consent
    VolunteerRegisterDraft,  ///< ... who agreed: the review
    VolunteerRegistered,     ///< ... whose registration was just saved
    VolunteerFound,       ///< a volunteer found by card at the volunteers' desk, with tasks today
    VolunteerNumberTyped, ///< a volunteer typing their volunteer number
    VolunteerCheckedOut,  ///< a volunteer who just checked out (hours, total, stars)
    VolunteerHours,       ///< a volunteer's hours, with a check-out not yet sent
    VolunteersCheckedIn,  ///< staff mode, with volunteers checked in now
    StaffCalls,           ///< staff mode, with visitors' calls open and acknowledged
    ApplicationStart,    ///< a holder starting the page's certificate procedure (cert-<key>)
    ApplicationDistrict, ///< ... a transfer, choosing the new district
    ApplicationPhone,    ///< ... with its choice made, typing the phone number
    ApplicationDraft,    ///< ... with a whole phone number, on the review (cert-<key>-review)
    ApplicationSent,     ///< ... a report of loss just saved (cert-sent)
    Warning,       ///< the time-out warning over the home page
    Attract,       ///< nobody there: the attract screen
};

/// @brief Every page of the kiosk, declared once: its name, its QML file, its title and
/// pictogram, and what it needs to be shown.
///
/// The command line's page names, the window's routing (Pages, Navigator), the home tiles and
/// the screenshot tests all read this table, so a new page is one row here plus its QML file.
class PageCatalogue
{
public:
    struct Entry
    {
        QString name;
        /// The file under qml/pages/ (empty for the attract screen and the warning, which are
        /// part of the window rather than pages of the loader).
        QString component;
        const char *title = nullptr;    ///< English source text, context "Pages"
        const char *subtitle = nullptr; ///< one line under a home tile; null when not a tile
        QString pictogram;              ///< a Material icon name
        PageFixture fixture = PageFixture::None;
        bool staffOnly = false;      ///< never spoken through the visitor's speech
        bool needsIdentity = false;  ///< asks for a card or ID number first
        bool homeTile = false;       ///< offered on the home page, in table order
        /// Why the identify page asks who the visitor is, when the reason is not obvious (English
        /// source, context "Pages"); null: no reason said.
        const char *whyIdentify = nullptr;
    };

    [[nodiscard]] static const QList<Entry> &entries();
    [[nodiscard]] static std::optional<Entry> find(const QString &name);
    /// Every name, in table order: what `--page` accepts.
    [[nodiscard]] static QStringList names();
    /// The home page's tiles, in order.
    [[nodiscard]] static QStringList homeTiles();
    /// Pages of the staff (PIN and staff mode).
    [[nodiscard]] static QStringList staffPages();
    [[nodiscard]] static bool isStaffPage(const QString &name);
    /// The pages a visitor operates: not the attract screen, not the staff's.
    [[nodiscard]] static QStringList visitorPages();
};
