// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "kiosk/store/result.h"
#include "kiosk/store/submitted.h"
#include "kiosk/phonedigits.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief Asking for a home assessment or a fee waiver: the phone number typed on the keypad,
/// then the request saved with its outbox entry before anything says "done".
class AssessmentRequest : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// "home_assessment" or "fee_waiver".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    /// What is wrong with the number typed so far, in plain words (empty when it is whole).
    Q_PROPERTY(QString problemText READ problemText NOTIFY phoneChanged)
    /// The digits one by one with pauses, for private listening only.
    Q_PROPERTY(QString spokenPhone READ spokenPhone NOTIFY phoneChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    /// Send was pressed and the request is being written; `code` follows once it is on disk.
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    explicit AssessmentRequest(QObject *parent = nullptr);
    ~AssessmentRequest() override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString phone() const { return m_phone.digits(); }
    /// "138 1234 5678" as typed so far.
    [[nodiscard]] QString groupedPhone() const;
    /// A whole mobile or landline number (core::PhoneNumber).
    [[nodiscard]] bool phoneComplete() const;
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString spokenPhone() const;
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool saving() const { return m_saving; }

    Q_INVOKABLE bool append(const QString &digit);
    Q_INVOKABLE void removeLast();
    Q_INVOKABLE void clear();
    /// Saves the request for the visitor in VisitorIdentity on the store writer's thread. True
    /// when the write started (`saving`); once it is on disk `code` and `maskedPhone` are set
    /// (resultChanged). On failure errorText says what went wrong.
    Q_INVOKABLE bool submit();

    void wipeVisitorData() override;

signals:
    void kindChanged();
    void phoneChanged();
    void resultChanged();
    void errorChanged();
    void savingChanged();

private:
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);
    void takeSaved(const store::Result<store::Submitted> &saved, const QString &maskedPhone);

    QString m_kind = QStringLiteral("home_assessment");
    PhoneDigits m_phone;
    QString m_maskedPhone;
    QString m_code;
    core::TranslatableText m_error;
    bool m_saving = false;
    quint64 m_visitGeneration = 0;
};
