// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificateprocedure.h"
#include "core/translatabletext.h"
#include "kiosk/phonedigits.h"
#include "kiosk/store/result.h"
#include "kiosk/store/submitted.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief One certificate procedure a visitor is starting (apply, renew, replace, transfer,
/// change, cancel): what it is for and what it takes, in the visitor's language, its one
/// choice, the phone number staff call, then the application saved with its outbox entry
/// before the code shows (cert-<key> → [cert-district] → cert-phone → cert-<key>-review →
/// cert-sent).
///
/// The words come from core::CertificateProcedures' rules; the store checks the choice and the
/// phone again when it saves. Everything typed or chosen is wiped at the end of the visit.
class CertificateApplication : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// The procedure's key ("replace"); empty before start().
    Q_PROPERTY(QString procedure READ procedure NOTIFY procedureChanged)
    /// Its plain name, the page's title: "Report it lost or replace it".
    Q_PROPERTY(QString title READ title NOTIFY procedureChanged)
    /// The official term (挂失补办), empty in English: there it is a translation that only
    /// repeats the plain words of the title.
    Q_PROPERTY(QString officialTerm READ officialTerm NOTIFY procedureChanged)
    Q_PROPERTY(QString icon READ icon NOTIFY procedureChanged)
    Q_PROPERTY(QString purpose READ purpose NOTIFY procedureChanged)
    /// The papers for the procedure and the answer chosen (the damaged card only when it is
    /// damaged).
    Q_PROPERTY(QStringList whatToBring READ whatToBring NOTIFY papersChanged)
    Q_PROPERTY(QString where READ where NOTIFY procedureChanged)
    Q_PROPERTY(QString howLong READ howLong NOTIFY procedureChanged)
    /// The page after the procedure's own: "cert-district" for a transfer, else "cert-phone".
    Q_PROPERTY(QString choicePage READ choicePage NOTIFY procedureChanged)
    /// "cert-<key>-review".
    Q_PROPERTY(QString reviewPage READ reviewPage NOTIFY procedureChanged)
    /// The bookable assessment service of the station (for a first application); empty: none.
    Q_PROPERTY(QString assessmentServiceId READ assessmentServiceId NOTIFY procedureChanged)

    /// The payload field of its one choice ("reason"); empty when it asks nothing.
    Q_PROPERTY(QString choiceField READ choiceField NOTIFY procedureChanged)
    Q_PROPERTY(bool needsChoice READ needsChoice NOTIFY procedureChanged)
    /// The visitor must answer (all but apply's "which kind", which may stay "not sure").
    Q_PROPERTY(bool choiceRequired READ choiceRequired NOTIFY procedureChanged)
    /// The question the choice answers: "What happened to your card?".
    Q_PROPERTY(QString choiceQuestion READ choiceQuestion NOTIFY procedureChanged)
    /// [{key, name, explanation}] in the visitor's language.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY procedureChanged)
    Q_PROPERTY(QString choice READ choice NOTIFY choiceChanged)
    /// The chosen answer's name ("Not sure" for apply's empty answer once passed).
    Q_PROPERTY(QString choiceName READ choiceName NOTIFY choiceChanged)
    /// The choice is answered, or may stay empty.
    Q_PROPERTY(bool choiceComplete READ choiceComplete NOTIFY choiceChanged)

    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY phoneChanged)
    /// The digits one by one with pauses, for private listening only.
    Q_PROPERTY(QString spokenPhone READ spokenPhone NOTIFY phoneChanged)

    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    /// A report of loss was saved (the card is marked lost once the office has it).
    Q_PROPERTY(bool reportedLost READ reportedLost NOTIFY resultChanged)
    /// The office has the card marked lost: a certificate row from the server said so.
    Q_PROPERTY(bool markedLost READ markedLost NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /// Send was pressed and the application is being written; `code` follows once on disk.
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    explicit CertificateApplication(QObject *parent = nullptr);
    ~CertificateApplication() override;

    [[nodiscard]] QString procedure() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString officialTerm() const;
    [[nodiscard]] QString icon() const;
    [[nodiscard]] QString purpose() const;
    [[nodiscard]] QStringList whatToBring() const;
    [[nodiscard]] QString where() const;
    [[nodiscard]] QString howLong() const;
    [[nodiscard]] QString choicePage() const;
    [[nodiscard]] QString reviewPage() const;
    [[nodiscard]] QString assessmentServiceId() const { return m_assessmentServiceId; }
    [[nodiscard]] QString choiceField() const;
    [[nodiscard]] bool needsChoice() const { return !choiceField().isEmpty(); }
    [[nodiscard]] bool choiceRequired() const;
    [[nodiscard]] QString choiceQuestion() const;
    [[nodiscard]] QVariantList choices() const;
    [[nodiscard]] QString choice() const { return m_choice; }
    [[nodiscard]] QString choiceName() const;
    [[nodiscard]] bool choiceComplete() const;
    [[nodiscard]] QString phone() const { return m_phone.digits(); }
    [[nodiscard]] QString groupedPhone() const { return m_phone.grouped(); }
    [[nodiscard]] bool phoneComplete() const { return m_phone.complete(); }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString spokenPhone() const { return m_phone.spoken(); }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] bool reportedLost() const { return m_reportedLost; }
    [[nodiscard]] bool markedLost() const { return m_markedLost; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool saving() const { return m_saving; }

    /// A new application of procedure `key`, with nothing chosen or typed; false for an
    /// unknown key (nothing changes).
    Q_INVOKABLE bool start(const QString &key);
    /// One of `choices` (or "" where the choice may stay empty); false otherwise.
    Q_INVOKABLE bool choose(const QString &key);
    Q_INVOKABLE bool append(const QString &digit);
    Q_INVOKABLE void removeLast();
    Q_INVOKABLE void clearPhone();
    /// Saves the application for the visitor in VisitorIdentity on the store writer's thread.
    /// True when the write started (`saving`); once it is on disk `code` is set
    /// (resultChanged). On failure errorText says what went wrong, in plain words.
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void procedureChanged();
    void choiceChanged();
    void papersChanged();
    void phoneChanged();
    void resultChanged();
    void errorChanged();
    void savingChanged();

private:
    [[nodiscard]] QString language() const;
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);
    /// What the writer's thread hands back: the saved application, and whether the office
    /// had already confirmed the card's loss (read there, after the write).
    struct SavedApplication
    {
        store::Submitted submitted;
        bool lossConfirmed = false;
    };
    void takeSaved(const store::Result<SavedApplication> &saved, const QString &maskedPhone, bool reportOfLoss);
    void forgetResult();

    std::optional<core::CertificateProcedure> m_procedure;
    QString m_assessmentServiceId; // the bookable assessment, for Apply; found once in start()
    QString m_choice;
    PhoneDigits m_phone;
    QString m_code;
    QString m_maskedPhone;
    bool m_reportedLost = false;
    bool m_markedLost = false;
    core::TranslatableText m_error;
    bool m_saving = false;
    quint64 m_visitGeneration = 0;
};
