// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "kiosk/store/result.h"
#include "kiosk/store/submitted.h"
#include "kiosk/phonedigits.h"
#include "kiosk/visitordata.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief Asking volunteers for help: the kind of help, when, where, an optional phone number
/// and note phrases, one step per page, then the request saved with its outbox entry before
/// the code is shown.
///
/// The tables (help types, day parts, meeting places, note phrases) come from core in both
/// languages and are handed to QML in the visitor's language; QML words the rest.
class HelpRequest : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// [{key, name, scope, icon}] in table order.
    Q_PROPERTY(QVariantList helpTypes READ helpTypes NOTIFY languageChanged)
    /// [{iso, weekday, date, relative: "today" | "tomorrow" | ""}]: today to the end of next week.
    Q_PROPERTY(QVariantList days READ days NOTIFY languageChanged)
    /// [{key, name}]: morning, afternoon, evening (the "any time" choice is setAnyTime()).
    Q_PROPERTY(QVariantList dayParts READ dayParts NOTIFY languageChanged)
    /// [{id, name, kind}]: the station's list of hospitals and places.
    Q_PROPERTY(QVariantList places READ places NOTIFY placesChanged)
    /// [{key, words}] (which are chosen: noteKeys; the list stays put while choosing, so the
    /// focus stays on the phrase just touched).
    Q_PROPERTY(QVariantList notePhrases READ notePhrases NOTIFY languageChanged)

    Q_PROPERTY(QString helpType READ helpType NOTIFY draftChanged)
    Q_PROPERTY(QString helpTypeName READ helpTypeName NOTIFY draftChanged)
    Q_PROPERTY(QString helpTypeScope READ helpTypeScope NOTIFY draftChanged)
    /// "yyyy-MM-dd", or empty for any day.
    Q_PROPERTY(QString wantedDay READ wantedDay NOTIFY draftChanged)
    /// "morning", "afternoon", "evening", "any"; empty until chosen.
    Q_PROPERTY(QString dayPart READ dayPart NOTIFY draftChanged)
    /// The day and part of the day in words ("Tuesday 2 December, morning").
    Q_PROPERTY(QString whenText READ whenText NOTIFY draftChanged)
    /// "home", "station", "listed", "arrange"; empty until chosen.
    Q_PROPERTY(QString placeKind READ placeKind NOTIFY draftChanged)
    Q_PROPERTY(QString placeId READ placeId NOTIFY draftChanged)
    Q_PROPERTY(QString whereText READ whereText NOTIFY draftChanged)
    /// The card's address, for the screen only (never spoken on the public speaker); empty for
    /// a typed ID number.
    Q_PROPERTY(QString homeAddress READ homeAddress NOTIFY draftChanged)
    Q_PROPERTY(QStringList noteKeys READ noteKeys NOTIFY draftChanged)
    /// The chosen phrases in words, one per line.
    Q_PROPERTY(QStringList noteWords READ noteWords NOTIFY draftChanged)

    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    /// A whole number, or none at all (the phone is optional).
    Q_PROPERTY(bool phoneAcceptable READ phoneAcceptable NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    Q_PROPERTY(QString phoneProblem READ phoneProblem NOTIFY phoneChanged)
    /// Digit by digit with pauses, for private listening only.
    Q_PROPERTY(QString spokenPhone READ spokenPhone NOTIFY phoneChanged)

    /// The review step was shown: the steps' Next goes back to it (a "change" from the review).
    Q_PROPERTY(bool reviewed READ reviewed WRITE setReviewed NOTIFY draftChanged)
    /// Every step is chosen (the phone and note are optional).
    Q_PROPERTY(bool complete READ complete NOTIFY draftChanged)

    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit HelpRequest(QObject *parent = nullptr);
    ~HelpRequest() override;

    [[nodiscard]] QVariantList helpTypes() const;
    [[nodiscard]] QVariantList days() const;
    [[nodiscard]] QVariantList dayParts() const;
    [[nodiscard]] QVariantList places() const;
    [[nodiscard]] QVariantList notePhrases() const;
    [[nodiscard]] QString helpType() const { return m_helpType; }
    [[nodiscard]] QString helpTypeName() const;
    [[nodiscard]] QString helpTypeScope() const;
    [[nodiscard]] QString wantedDay() const;
    [[nodiscard]] QString dayPart() const { return m_dayPart; }
    [[nodiscard]] QString whenText() const;
    [[nodiscard]] QString placeKind() const { return m_placeKind; }
    [[nodiscard]] QString placeId() const { return m_placeId; }
    [[nodiscard]] QString whereText() const;
    [[nodiscard]] QString homeAddress() const;
    [[nodiscard]] QStringList noteKeys() const { return m_noteKeys; }
    [[nodiscard]] QStringList noteWords() const;
    [[nodiscard]] QString phone() const { return m_phone.digits(); }
    [[nodiscard]] QString groupedPhone() const;
    [[nodiscard]] bool phoneAcceptable() const { return m_phone.isEmpty() || phoneComplete(); }
    [[nodiscard]] bool phoneComplete() const;
    [[nodiscard]] QString phoneProblem() const;
    [[nodiscard]] QString spokenPhone() const;
    [[nodiscard]] bool reviewed() const { return m_reviewed; }
    void setReviewed(bool reviewed);
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString errorText() const;

    /// A new request: everything chosen so far is forgotten.
    Q_INVOKABLE void start();
    Q_INVOKABLE bool chooseHelpType(const QString &key);
    /// A day ("yyyy-MM-dd", today to the end of next week); the part of the day comes next.
    Q_INVOKABLE bool chooseDay(const QString &iso);
    Q_INVOKABLE bool chooseDayPart(const QString &key);
    /// "Any time, call me to arrange": no day, no part of the day.
    Q_INVOKABLE void chooseAnyTime();
    /// "home", "station", "arrange", or "listed" with a place id from `places`.
    Q_INVOKABLE bool choosePlace(const QString &kind, const QString &placeId = {});
    Q_INVOKABLE bool toggleNote(const QString &key);
    Q_INVOKABLE bool appendDigit(const QString &digit);
    Q_INVOKABLE void removeLastDigit();
    Q_INVOKABLE void clearPhone();
    /// Re-reads the station's list of places.
    Q_INVOKABLE void reloadPlaces();
    /// Saves the request for the visitor in VisitorIdentity on the store writer's thread. True
    /// when the write started; `code` follows once it is on disk.
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void languageChanged();
    void placesChanged();
    void draftChanged();
    void phoneChanged();
    void resultChanged();
    void errorChanged();
    void savingChanged();

private:
    [[nodiscard]] QString language() const;
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QDate lastDay() const;
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);
    void takeSaved(const store::Result<store::Submitted> &saved, const QString &maskedPhone);
    void clearPhoneDigits();

    QString m_helpType;
    QDate m_day;
    QString m_dayPart;
    QString m_placeKind;
    QString m_placeId;
    QStringList m_noteKeys;
    PhoneDigits m_phone;
    QString m_code;
    QString m_maskedPhone;
    core::TranslatableText m_error;
    QVariantList m_places;
    bool m_saving = false;
    bool m_reviewed = false;
    quint64 m_visitGeneration = 0;
};
