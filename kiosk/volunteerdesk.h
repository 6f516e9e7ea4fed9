// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/translatabletext.h"
#include "kiosk/store/opencheckin.h"
#include "kiosk/store/result.h"
#include "kiosk/store/volunteercheck.h"
#include "kiosk/store/volunteerday.h"
#include "kiosk/visitordata.h"
#include "kiosk/volunteerhoursview.h"
#include "kiosk/volunteercardcheck.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// @brief The volunteers' desk (the `checkin` page and the pages it leads to): who the
/// volunteer is, today's assignments here, checking in and out, and what a check-out counted.
///
/// A volunteer is found by the visitor's identity (card or typed ID number: the store's
/// volunteer_keys, then the server when the kiosk does not know the card) or by a typed
/// volunteer number. Check-ins and check-outs are written through StoreWriter: `saving` at once,
/// the result only when it is on disk; every refusal of the store is `message`, in plain words.
/// Everything here is the volunteer's (VisitorData): the next person sees none of it.
class VolunteerDesk : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Visit.volunteers")

    /// "none" | "looking" (asking the server) | "found" | "notVolunteer" (the card may register)
    /// | "pending" (registered, waiting for approval) | "approved" (approved, with a number, but
    /// the roster row has not reached this kiosk yet: looked for again after each sync round)
    /// | "unknownCard" (offline, not on the list) | "error" (the store could not be read).
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /// How the volunteer was found: "card", "typed" (ID number), "number" (volunteer number).
    Q_PROPERTY(QString foundBy READ foundBy NOTIFY changed)
    /// For the greeting: on screen, spoken only privately.
    Q_PROPERTY(QString givenName READ givenName NOTIFY changed)
    Q_PROPERTY(QString greeting READ greeting NOTIFY changed)
    Q_PROPERTY(QString volunteerNumber READ volunteerNumber NOTIFY changed)
    /// Today's assignments here: [{id, time, spokenTime, title, place, state ("open" |
    /// "checkedIn" | "done")}], in time order. No "for whom": the kiosk never sends a visitor's
    /// name to the server, so no assignment that comes back can name the person served.
    Q_PROPERTY(QVariantList assignments READ assignments NOTIFY changed)
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    /// "09:05" of the open check-in, and what it is for ("Station duty" when unassigned).
    Q_PROPERTY(QString since READ since NOTIFY changed)
    Q_PROPERTY(QString spokenSince READ spokenSince NOTIFY changed)
    Q_PROPERTY(QString checkedInFor READ checkedInFor NOTIFY changed)
    /// The words for the state other than "found" (and the registration hint).
    /// "approved": the volunteer number the kiosk is waiting for.
    Q_PROPERTY(QString awaitedNumber READ awaitedNumber NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    /// A refusal or problem, in plain words; empty when none.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

    /// The last check-in or check-out: "" (none), "in" or "out".
    Q_PROPERTY(QString resultKind READ resultKind NOTIFY resultChanged)
    /// The result in lines to show, and the same as the voice says it (hours said right).
    Q_PROPERTY(QStringList resultLines READ resultLines NOTIFY resultChanged)
    /// After a check-out: the star level and what the next star needs, shown with the stars
    /// (apart from this time's hours, so the stars never read as a rating of this visit).
    Q_PROPERTY(QStringList levelLines READ levelLines NOTIFY resultChanged)
    Q_PROPERTY(QString resultSpeech READ resultSpeech NOTIFY resultChanged)
    /// The check-out's figures: "2.5 小时", ...; stars 0..5.
    Q_PROPERTY(QString served READ served NOTIFY resultChanged)
    Q_PROPERTY(QString total READ total NOTIFY resultChanged)
    Q_PROPERTY(QString notYetSent READ notYetSent NOTIFY resultChanged)
    Q_PROPERTY(int stars READ stars NOTIFY resultChanged)
    Q_PROPERTY(QString toNextStar READ toNextStar NOTIFY resultChanged)
    Q_PROPERTY(bool overMidnight READ overMidnight NOTIFY resultChanged)
    Q_PROPERTY(bool countedByTimer READ countedByTimer NOTIFY resultChanged)
    Q_PROPERTY(bool stationDuty READ stationDuty NOTIFY resultChanged)

    /// This volunteer's hours page.
    Q_PROPERTY(VolunteerHoursView *hours READ hours CONSTANT)

    /// Typing a volunteer number (volunteer-number page): digits only.
    Q_PROPERTY(QString typedNumber READ typedNumber NOTIFY typedChanged)
    Q_PROPERTY(bool typedComplete READ typedComplete NOTIFY typedChanged)

public:
    explicit VolunteerDesk(QObject *parent = nullptr);

    /// The digits of a volunteer number (TJ-V-000123): a whole one is this long.
    static constexpr int kNumberDigits = 6;
    /// "approved" looks for the roster row this often, this many times (a sync round brings
    /// it within seconds; each finished round also looks at once), then says to call staff.
    static constexpr int kRosterRetryMs = 5000;
    static constexpr int kRosterRetries = 6;

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString foundBy() const { return m_foundBy; }
    [[nodiscard]] QString givenName() const { return m_day ? m_day->volunteer.givenName : QString(); }
    [[nodiscard]] QString greeting() const;
    [[nodiscard]] QString volunteerNumber() const { return m_day ? m_day->volunteer.number : QString(); }
    [[nodiscard]] QVariantList assignments() const;
    [[nodiscard]] bool checkedIn() const { return m_day && m_day->openCheckIn.has_value(); }
    [[nodiscard]] QString since() const;
    [[nodiscard]] QString spokenSince() const;
    [[nodiscard]] QString checkedInFor() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString awaitedNumber() const { return m_awaitedNumber; }
    [[nodiscard]] QString message() const { return m_message.in(language()); }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString resultKind() const;
    [[nodiscard]] QStringList resultLines() const { return resultSentences(Medium::Screen); }
    [[nodiscard]] QStringList levelLines() const { return levelSentences(Medium::Screen); }
    [[nodiscard]] QString resultSpeech() const
    {
        return (resultSentences(Medium::Voice) + levelSentences(Medium::Voice)).join(u' ');
    }
    [[nodiscard]] QString served() const;
    [[nodiscard]] QString total() const;
    [[nodiscard]] QString notYetSent() const;
    [[nodiscard]] int stars() const { return m_result ? m_result->stars : 0; }
    [[nodiscard]] QString toNextStar() const;
    [[nodiscard]] bool overMidnight() const { return m_result && m_result->overMidnight; }
    [[nodiscard]] bool countedByTimer() const { return m_result && m_result->countedByTimer; }
    [[nodiscard]] bool stationDuty() const { return m_result && m_result->stationDuty; }
    [[nodiscard]] VolunteerHoursView *hours() const { return m_hours; }
    [[nodiscard]] QString typedNumber() const { return m_typed; }
    [[nodiscard]] bool typedComplete() const { return m_typed.size() == kNumberDigits; }

    /// The visitor's card or typed ID number: the volunteer it belongs to, asking the server
    /// when the kiosk does not know it.
    Q_INVOKABLE void fromIdentity();
    /// The typed digits (typedNumber): true when a volunteer was found; else `message` says why.
    Q_INVOKABLE bool fromVolunteerNumber();
    Q_INVOKABLE bool appendDigit(const QString &digit);
    Q_INVOKABLE void removeLastDigit();
    Q_INVOKABLE void clearTyped();
    /// Starts a check-in to today's assignment `assignmentId`; empty = station duty.
    /// checkInDone() or refused() follows once the store answered.
    Q_INVOKABLE bool checkIn(const QString &assignmentId);
    Q_INVOKABLE bool checkInStationDuty() { return checkIn({}); }
    Q_INVOKABLE bool checkOut();
    /// Reads today's assignments and the open check-in again.
    Q_INVOKABLE void reload();
    /// Back to "who are you?", e.g. to type another number.
    Q_INVOKABLE void forget();

    /// True while this desk holds a volunteer found by their volunteer number alone (no card)
    /// and `idNumber` is not theirs: a card laid on the reader now is another person's.
    [[nodiscard]] bool holdsSomeoneElseThan(const QString &idNumber) const;

    void wipeVisitorData() override;

signals:
    void changed();
    void messageChanged();
    void savingChanged();
    void resultChanged();
    void typedChanged();
    /// A check-in or check-out is on disk: the `checkout` page shows it.
    void saved();
    /// The store refused (message says why).
    void refused();

private:
    enum class Direction { In, Out };
    /// Hours and times written for the screen, or said for the voice ("两个半小时").
    enum class Medium { Screen, Voice };

    static QString language();
    void setState(const QString &state);
    void setMessage(const core::TranslatableText &words);
    void setSaving(bool saving);
    void takeVolunteer(const QString &number, const QString &by);
    void takeLookupAnswer(quint64 ticket, VolunteerCardCheck::Answer answer, const QString &volunteerNumber);
    void awaitRoster(const QString &volunteerNumber);
    void lookForAwaited();
    void write(Direction direction, const QString &assignmentId);
    void takeWritten(const store::Result<store::VolunteerCheck> &written);
    [[nodiscard]] QStringList resultSentences(Medium medium) const;
    [[nodiscard]] QStringList levelSentences(Medium medium) const;
    [[nodiscard]] static QString hoursIn(core::VolunteerHours hours, Medium medium);
    void clearAll();

    QString m_state = QStringLiteral("none");
    QString m_foundBy;
    std::optional<store::VolunteerDay> m_day;
    std::optional<store::VolunteerCheck> m_result;
    core::LocalizedText m_resultTitle; ///< the assignment the result is about
    core::TranslatableText m_message;
    bool m_saving = false;
    bool m_typedIdentity = false; ///< found or not, from a typed ID number (no card to register with)
    QString m_typed;
    quint64 m_lookupTicket = 0;
    QString m_awaitedNumber;  ///< "approved": the number whose roster row is on its way
    int m_rosterLooks = 0;    ///< how often it was looked for
    QTimer *m_rosterRetry = nullptr;
    quint64 m_visitGeneration = 0;
    VolunteerHoursView *m_hours = nullptr;
};
