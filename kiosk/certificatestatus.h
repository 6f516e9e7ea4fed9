// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "core/translatabletext.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/store/certificaterecord.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// @brief The certificate status flow: the visitor's certificate from the store, explained for
/// today as a timeline of plain steps, what happens next, by when and what to bring.
///
/// Reads the ID number from VisitorIdentity; keeps only the cached record (no ID number).
class CertificateStatus : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// "found"; "checking" (not cached, the server is being asked); "notFound" (the server
    /// knows no certificate for this number); "notCached" (not cached and the server cannot be
    /// asked now); "noVisitor"; "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString stateKey READ stateKey NOTIFY changed)
    Q_PROPERTY(QString stateName READ stateName NOTIFY changed)
    Q_PROPERTY(QString officialTerm READ officialTerm NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString expectedBy READ expectedBy NOTIFY changed)
    Q_PROPERTY(QStringList whatToBring READ whatToBring NOTIFY changed)
    /// [{name, official, status: "done" | "now" | "later"}], top to bottom.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY changed)
    Q_PROPERTY(QString maskedId READ maskedId NOTIFY changed)
    Q_PROPERTY(bool canAskHomeAssessment READ canAskHomeAssessment NOTIFY changed)
    Q_PROPERTY(bool canAskFeeWaiver READ canAskFeeWaiver NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit CertificateStatus(QObject *parent = nullptr);

    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString stateKey() const;
    [[nodiscard]] QString stateName() const;
    [[nodiscard]] QString officialTerm() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString expectedBy() const;
    [[nodiscard]] QStringList whatToBring() const;
    [[nodiscard]] QVariantList steps() const;
    [[nodiscard]] QString category() const;
    [[nodiscard]] QString level() const;
    [[nodiscard]] QString validUntil() const;
    [[nodiscard]] QString maskedId() const;
    [[nodiscard]] bool canAskHomeAssessment() const;
    [[nodiscard]] bool canAskFeeWaiver() const;
    [[nodiscard]] QString errorText() const;

    /// Looks the visitor's certificate up in the store, and asks the server when the store has
    /// none and the kiosk has a server.
    Q_INVOKABLE void load();
    void wipeVisitorData() override;

    /// How long the page waits for the server before it says it cannot check now.
    static constexpr int answerDeadlineMs = 3000;

signals:
    void changed();

private:
    [[nodiscard]] QString language() const;
    void setOutcome(const QString &outcome);
    void takeAnswer(CertificateLookup::Answer answer);
    enum class AskServer { IfCacheMisses, No };
    void lookUp(AskServer askServer);

    QString m_outcome = QStringLiteral("noVisitor");
    std::optional<store::CertificateRecord> m_record;
    core::LifecycleExplanation m_explanation;
    core::TranslatableText m_error;
    QTimer m_answerDeadline;
};
