// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief Asking for a home assessment or a fee waiver: the phone number typed on the keypad,
/// then the request saved with its outbox entry before anything says "done".
class AssessmentRequest : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// "home_assessment" or "fee_waiver".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(QString groupedPhone READ groupedPhone NOTIFY phoneChanged)
    Q_PROPERTY(bool phoneComplete READ phoneComplete NOTIFY phoneChanged)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY resultChanged)
    Q_PROPERTY(QString code READ code NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit AssessmentRequest(QObject *parent = nullptr);
    ~AssessmentRequest() override;

    static constexpr int mobileLength = 11;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString phone() const { return m_phone; }
    /// "138 1234 5678" as typed so far.
    [[nodiscard]] QString groupedPhone() const;
    /// A mainland mobile number: 11 digits starting with 1.
    [[nodiscard]] bool phoneComplete() const;
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString errorText() const;

    Q_INVOKABLE bool append(const QString &digit);
    Q_INVOKABLE void removeLast();
    Q_INVOKABLE void clear();
    /// Saves the request for the visitor in VisitorIdentity. True once it is on disk; then
    /// code and maskedPhone are set. On failure errorText says what went wrong.
    Q_INVOKABLE bool submit();

signals:
    void kindChanged();
    void phoneChanged();
    void resultChanged();
    void errorChanged();

private:
    void setError(const core::TranslatableText &words);

    QString m_kind = QStringLiteral("home_assessment");
    QString m_phone;
    QString m_maskedPhone;
    QString m_code;
    core::TranslatableText m_error;
};
