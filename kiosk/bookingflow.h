// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/translatabletext.h"
#include "kiosk/phonedigits.h"
#include "kiosk/placehold.h"
#include "kiosk/store/bookableslot.h"
#include "kiosk/store/booking.h"
#include "kiosk/store/bookingdraft.h"
#include "kiosk/store/result.h"
#include "kiosk/visitordata.h"

#include <QDate>
#include <optional>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Booking a time at a station service: the day, the time, an optional phone, the
/// review, then the place held on the server and the booking stored before its code is shown.
///
/// Days and times come from the store's cached slots (the change feed keeps their counts);
/// full days and times stay in the lists, marked full, and closed days are marked closed. On
/// submit() the store checks the draft and makes its id and code, PlaceHold asks the server to
/// hold the place (2 s at most), and the store writer saves the booking: confirmed when the
/// server held it, provisional when the server could not be asked. A server that says full,
/// gone or past stores nothing: the sentence is shown and spoken and the lists are read again.
/// Everything chosen is the visitor's (VisitorData).
class BookingFlow : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString serviceId READ serviceId NOTIFY draftChanged)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY draftChanged)
    Q_PROPERTY(QString whatToBring READ whatToBring NOTIFY draftChanged)
    Q_PROPERTY(QString place READ place NOTIFY draftChanged)
    /// [{iso, weekday, date, relative ("today", "tomorrow", ""), free, total, closed, full,
    /// over (today, every time passed)}], today to the last day with times (a week at least).
    Q_PROPERTY(QVariantList days READ days NOTIFY slotsChanged)
    /// The chosen day's times: [{slotId, time, endTime, free, full}] (times passed left out).
    Q_PROPERTY(QVariantList times READ times NOTIFY slotsChanged)

    Q_PROPERTY(QString day READ day NOTIFY draftChanged)
    /// "Tuesday 2 December" / "12月2日 星期二".
    Q_PROPERTY(QString dayText READ dayText NOTIFY draftChanged)
    Q_PROPERTY(QString slotId READ slotId NOTIFY draftChanged)
    /// "09:00-10:00"
    Q_PROPERTY(QString timeText READ timeText NOTIFY draftChanged)
    /// The chosen time as the voice says it ("10点到11点" / "10 o'clock to 11 o'clock").
    Q_PROPERTY(QString spokenTimeText READ spokenTimeText NOTIFY draftChanged)

    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneAcceptable READ phoneAcceptable NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    Q_PROPERTY(QString phoneProblem READ phoneProblem NOTIFY phoneChanged)
    /// Digit by digit, for private listening only.
    Q_PROPERTY(QString spokenPhone READ spokenPhone NOTIFY phoneChanged)

    /// The review was shown: the steps' Next goes back to it.
    Q_PROPERTY(bool reviewed READ reviewed WRITE setReviewed NOTIFY draftChanged)
    /// A service, a day and a free time are chosen (the phone is optional).
    Q_PROPERTY(bool complete READ complete NOTIFY draftChanged)

    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    /// Stored without the server's word: staff will confirm it.
    Q_PROPERTY(bool provisional READ provisional NOTIFY resultChanged)
    /// The booked day and time in words.
    Q_PROPERTY(QString bookedWhen READ bookedWhen NOTIFY resultChanged)
    Q_PROPERTY(QString bookedTime READ bookedTime NOTIFY resultChanged)
    /// bookedTime as the voice says it ("10点" / "10 o'clock"); the screen keeps "10:00".
    Q_PROPERTY(QString bookedSpokenTime READ bookedSpokenTime NOTIFY resultChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    /// Asking the server or saving: the page says so and Book waits.
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit BookingFlow(QObject *parent = nullptr);

    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    [[nodiscard]] QString serviceName() const;
    [[nodiscard]] QString whatToBring() const;
    [[nodiscard]] QString place() const;
    [[nodiscard]] QVariantList days() const { return m_days; }
    [[nodiscard]] QVariantList times() const { return m_times; }
    [[nodiscard]] QString day() const;
    [[nodiscard]] QString dayText() const;
    [[nodiscard]] QString slotId() const { return m_slotId; }
    [[nodiscard]] QString timeText() const;
    [[nodiscard]] QString spokenTimeText() const;
    [[nodiscard]] QString phone() const { return m_phone.digits(); }
    [[nodiscard]] QString groupedPhone() const { return m_phone.grouped(); }
    [[nodiscard]] bool phoneAcceptable() const { return m_phone.isEmpty() || m_phone.complete(); }
    [[nodiscard]] bool phoneComplete() const { return m_phone.complete(); }
    [[nodiscard]] QString phoneProblem() const;
    [[nodiscard]] QString spokenPhone() const { return m_phone.spoken(); }
    [[nodiscard]] bool reviewed() const { return m_reviewed; }
    void setReviewed(bool reviewed);
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] bool provisional() const { return m_provisional; }
    [[nodiscard]] QString bookedWhen() const;
    [[nodiscard]] QString bookedTime() const;
    [[nodiscard]] QString bookedSpokenTime() const;
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString errorText() const;
    /// The booking id the server is being asked to hold a place for; empty when none.
    [[nodiscard]] QString holdingId() const { return m_pendingHold ? m_pendingHold->id : QString(); }

    /// A new booking at `serviceId` (a bookable service of the catalogue); false otherwise.
    Q_INVOKABLE bool start(const QString &serviceId);
    /// A day of `days` with free places; false (with errorText) for a full, closed or past one.
    Q_INVOKABLE bool chooseDay(const QString &iso);
    /// A time of `times` with a free place; false (with errorText) otherwise.
    Q_INVOKABLE bool chooseTime(const QString &slotId);
    Q_INVOKABLE bool appendDigit(const QString &digit);
    Q_INVOKABLE void removeLastDigit();
    Q_INVOKABLE void clearPhone();
    /// Reads the days and times again from the store (the feed may have changed the counts).
    Q_INVOKABLE void reloadSlots();
    /// Checks the draft, asks the server to hold the place, then saves it. True when that
    /// started; `code` follows once the booking is on disk, or `errorText` (and refused()).
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void draftChanged();
    void slotsChanged();
    void phoneChanged();
    void resultChanged();
    void errorChanged();
    void savingChanged();
    /// The booking was not made (the time is full or gone, the server refused): the lists are
    /// read again and errorText says why.
    void refused();

private:
    [[nodiscard]] QDate today() const;
    [[nodiscard]] const store::BookableSlot *slotById(const QString &slotId) const;
    [[nodiscard]] QString wordsForDay(QDate day) const;
    void setError(const core::TranslatableText &words);
    void setErrorWords(const QString &words);
    void setSaving(bool saving);
    void readService();
    void takeHoldAnswer(const QString &bookingId, PlaceHold::Answer answer);
    void saveBooking(const store::BookingDraft &draft);
    void takeStored(const store::Result<store::Booking> &stored, bool provisional);
    void refuse(const core::TranslatableText &words);
    void forgetDraft();

    QString m_serviceId;
    core::LocalizedText m_serviceName;
    core::LocalizedText m_whatToBring;
    core::LocalizedText m_place;
    QList<store::BookableSlot> m_slots;
    QVariantList m_days;
    QVariantList m_times;
    QDate m_day;
    QString m_slotId;
    PhoneDigits m_phone;
    bool m_reviewed = false;
    QString m_code;
    bool m_provisional = false;
    QDateTime m_bookedStart;
    QDateTime m_bookedEnd;
    QString m_maskedPhone;
    bool m_saving = false;
    core::TranslatableText m_error;
    QString m_errorWords; ///< the server's own words, when it gave some
    /// The booking PlaceHold is asked about (its id, ID number and phone), until it answers.
    std::optional<store::BookingDraft> m_pendingHold;
    quint64 m_visitGeneration = 0;
};
