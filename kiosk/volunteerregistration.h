// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "core/weekavailability.h"
#include "kiosk/phonedigits.h"
#include "kiosk/store/result.h"
#include "kiosk/store/volunteerregistration.h"
#include "kiosk/visitordata.h"
#include "kiosk/volunteercardcheck.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Registering as a volunteer at the kiosk (招募注册), one step per page: skills, when
/// one can help (a week grid), a phone, the consent, the review; then the registration saved
/// with its outbox entry before its code is shown.
///
/// Registration needs the ID card: the name comes from it (a typed ID number is told so, in
/// plain words). begin() asks the store and the central server whether this person is
/// registered already, so a second record is never made: "pending" and "approved" are said
/// instead. Refusing the consent saves nothing and forgets the choices. Everything here is the
/// visitor's (VisitorData).
class VolunteerRegistration : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// "" (not begun), "checking" (asking the store and the server), "open" (may register),
    /// "needsCard" (identified by a typed number), "pending", "approved", "unavailable" (the
    /// store cannot be used), "declined" (consent refused: nothing saved), "done" (saved).
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    /// What the state means for the visitor, in plain words; empty for "open" and "done".
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    /// stateText for the voice: a code in it is said character by character ("9 8 D Y 4", as
    /// Announcer::sayCode says codes), never read as an amount.
    Q_PROPERTY(QString spokenStateText READ spokenStateText NOTIFY stateChanged)
    /// The name read from the card (for the review screen only).
    Q_PROPERTY(QString name READ name NOTIFY stateChanged)
    Q_PROPERTY(QString maskedId READ maskedId NOTIFY stateChanged)
    /// Set when "approved": the volunteer number (TJ-V-000123).
    Q_PROPERTY(QString volunteerNumber READ volunteerNumber NOTIFY stateChanged)
    /// A registration made here before that a coordinator did not approve, with the reason; the
    /// person may register again ("open"). Empty otherwise.
    Q_PROPERTY(QString earlierRefusal READ earlierRefusal NOTIFY stateChanged)

    /// [{key, name, icon, selected}] in core::VolunteerSkills' order.
    Q_PROPERTY(QVariantList skills READ skills NOTIFY skillsChanged)
    Q_PROPERTY(int skillCount READ skillCount NOTIFY skillsChanged)
    /// "Sign language, Driving": the chosen skills in words.
    Q_PROPERTY(QString skillsText READ skillsText NOTIFY skillsChanged)

    /// [{day (1..7), key ("mon"), name ("Monday"), shortName ("Mon")}], Monday first.
    Q_PROPERTY(QVariantList days READ days NOTIFY languageChanged)
    /// [{key ("morning"), name}].
    Q_PROPERTY(QVariantList dayParts READ dayParts NOTIFY languageChanged)
    /// ["1:morning", ...]: the cells of the grid that are on.
    Q_PROPERTY(QStringList times READ times NOTIFY timesChanged)
    Q_PROPERTY(int timeCount READ timeCount NOTIFY timesChanged)
    /// [{key, name, on}]: "every weekday morning" and the like; `on` when all its cells are.
    Q_PROPERTY(QVariantList shortcuts READ shortcuts NOTIFY timesChanged)
    /// "Monday: Morning, Evening" and "Saturday: Afternoon", a day a line.
    Q_PROPERTY(QString timesText READ timesText NOTIFY timesChanged)

    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    Q_PROPERTY(QString phoneProblem READ phoneProblem NOTIFY phoneChanged)
    /// Digit by digit, for private listening only.
    Q_PROPERTY(QString spokenPhone READ spokenPhone NOTIFY phoneChanged)

    /// The consent was given (its time is kept with the registration).
    Q_PROPERTY(bool consentAgreed READ consentAgreed NOTIFY consentChanged)
    Q_PROPERTY(QString consentVersion READ consentVersion CONSTANT)

    /// The review was shown: the steps' Next goes back to it.
    Q_PROPERTY(bool reviewed READ reviewed WRITE setReviewed NOTIFY draftChanged)
    /// A skill, a time, a whole phone number and the consent: Register can be touched.
    Q_PROPERTY(bool complete READ complete NOTIFY draftChanged)

    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    /// "138****5678": the phone the coordinator will call, once saved.
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit VolunteerRegistration(QObject *parent = nullptr);

    /// The version of the consent text the pages show ("2026-12").
    static constexpr const char *kConsentVersion = "2026-12";

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString stateText() const { return stateWords(false); }
    [[nodiscard]] QString spokenStateText() const { return stateWords(true); }
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString maskedId() const;
    [[nodiscard]] QString volunteerNumber() const { return m_volunteerNumber; }
    [[nodiscard]] QString earlierRefusal() const;
    [[nodiscard]] QVariantList skills() const;
    [[nodiscard]] int skillCount() const { return int(m_skills.size()); }
    [[nodiscard]] QString skillsText() const;
    [[nodiscard]] QVariantList days() const;
    [[nodiscard]] QVariantList dayParts() const;
    [[nodiscard]] QStringList times() const;
    [[nodiscard]] int timeCount() const;
    [[nodiscard]] QVariantList shortcuts() const;
    [[nodiscard]] QString timesText() const;
    [[nodiscard]] QString phone() const { return m_phone.digits(); }
    [[nodiscard]] QString groupedPhone() const { return m_phone.grouped(); }
    [[nodiscard]] bool phoneComplete() const { return m_phone.complete(); }
    [[nodiscard]] QString phoneProblem() const;
    [[nodiscard]] QString spokenPhone() const { return m_phone.spoken(); }
    [[nodiscard]] bool consentAgreed() const { return m_consentAgreedAt.isValid(); }
    [[nodiscard]] QString consentVersion() const { return QString::fromLatin1(kConsentVersion); }
    [[nodiscard]] bool reviewed() const { return m_reviewed; }
    void setReviewed(bool reviewed);
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString errorText() const;

    /// A new registration for the visitor in VisitorIdentity: forgets any earlier draft, then
    /// asks the store and the server whether they are registered already ("checking", then
    /// "open", "pending" or "approved"); "needsCard" for a typed ID number.
    Q_INVOKABLE void begin();
    Q_INVOKABLE void toggleSkill(const QString &key);
    /// One cell of the week grid on or off.
    Q_INVOKABLE void toggleTime(int day, const QString &part);
    /// A shortcut of `shortcuts`: all its cells on, or all off when they were all on.
    Q_INVOKABLE void applyShortcut(const QString &key);
    Q_INVOKABLE void clearTimes();
    Q_INVOKABLE bool appendDigit(const QString &digit);
    Q_INVOKABLE void removeLastDigit();
    Q_INVOKABLE void clearPhone();
    /// The visitor agrees to the consent text of consentVersion, now.
    Q_INVOKABLE void agree();
    /// The visitor refuses: nothing is saved, every choice is forgotten, state "declined".
    Q_INVOKABLE void refuse();
    /// Saves the registration on the store writer's thread. True when that started (`code`
    /// follows once it is on disk, or `errorText`); false with `errorText` when something is
    /// missing.
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void stateChanged();
    void skillsChanged();
    void timesChanged();
    void phoneChanged();
    void consentChanged();
    void draftChanged();
    void resultChanged();
    void savingChanged();
    void errorChanged();
    void languageChanged();
    /// The store refused the registration (errorText says why); nothing was saved.
    void refused();

private:
    void setState(const QString &state);
    [[nodiscard]] QString stateWords(bool spoken) const;
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);
    void checkStore();
    void takeLookup(quint64 ticket, VolunteerCardCheck::Answer answer, const QString &volunteerNumber);
    void takeStored(const store::Result<store::VolunteerRegistration> &stored);
    void forgetDraft();
    void emitAll();

    QString m_state;
    QString m_volunteerNumber;
    QString m_pendingCode; ///< the code of a registration waiting for approval, made here
    bool m_refusedBefore = false;
    QString m_refusalReason; ///< the coordinator's words, as the change feed brought them
    QStringList m_skills;
    core::WeekAvailability m_times;
    PhoneDigits m_phone;
    QDateTime m_consentAgreedAt;
    bool m_reviewed = false;
    QString m_code;
    QString m_maskedPhone;
    bool m_saving = false;
    core::TranslatableText m_error;
    quint64 m_lookupTicket = 0; ///< the server question this visit waits for; 0: none
    quint64 m_visitGeneration = 0;
};
