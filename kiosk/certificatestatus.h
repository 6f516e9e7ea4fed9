// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycleexplanation.h"
#include "core/translatabletext.h"
#include "kiosk/certificateactions.h"
#include "kiosk/certificatedatelabel.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/store/applicationrecord.h"
#include "kiosk/store/certificaterecord.h"
#include "kiosk/store/servicestore.h"
#include "kiosk/visitordata.h"

#include <QList>
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
    /// The official term, second and smaller; empty where it only repeats the plain words.
    Q_PROPERTY(QString officialTerm READ officialTerm NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// What the one date of the state means ("Appeal by", "Valid until" ...) and the date (or
    /// place, or what to expect instead); both empty when the state has none.
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    /// The label's date is the validity's end: the facts card does not show it a second time.
    Q_PROPERTY(bool dateIsValidUntil READ dateIsValidUntil NOTIFY changed)
    /// Material symbol of the state: warning (not approved), block (cancelled), check_circle
    /// (issued), schedule (waiting), event (renewal due, expired), inventory (ready) ...
    Q_PROPERTY(QString stateIcon READ stateIcon NOTIFY changed)
    /// [{key, name, icon, due}]: "appeal" and the procedures the state offers (procedure keys);
    /// `due`: the state asks for it now (the page's primary action), not a valid card's options.
    Q_PROPERTY(QVariantList actions READ actions NOTIFY changed)
    /// The visitor's applications, newest first (ApplicationTimeline::describe).
    Q_PROPERTY(QVariantList applications READ applications NOTIFY changed)
    /// The report of loss: saved (not yet marked by the office), or "Reported lost on <date>: it
    /// can no longer be used." once the office has marked it; empty without one.
    Q_PROPERTY(QString reportedLostOn READ reportedLostOn NOTIFY changed)
    Q_PROPERTY(QStringList whatToBring READ whatToBring NOTIFY changed)
    /// [{name, official, status: "done" | "now" | "later"}], top to bottom.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY changed)
    Q_PROPERTY(QString maskedId READ maskedId NOTIFY changed)
    /// Waiting for the assessment with none booked: the station's bookable assessment service
    /// (the designated hospital), "" when there is none.
    Q_PROPERTY(QString assessmentServiceId READ assessmentServiceId NOTIFY changed)
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
    [[nodiscard]] QString dateLabel() const;
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] bool dateIsValidUntil() const;
    [[nodiscard]] QString stateIcon() const;
    [[nodiscard]] QVariantList actions() const;
    [[nodiscard]] QVariantList applications() const;
    [[nodiscard]] QString reportedLostOn() const;
    [[nodiscard]] QStringList whatToBring() const;
    [[nodiscard]] QVariantList steps() const;
    [[nodiscard]] QString category() const;
    [[nodiscard]] QString level() const;
    [[nodiscard]] QString validUntil() const;
    [[nodiscard]] QString maskedId() const;
    [[nodiscard]] QString assessmentServiceId() const { return m_assessmentServiceId; }
    [[nodiscard]] bool canAskHomeAssessment() const;
    [[nodiscard]] bool canAskFeeWaiver() const;
    [[nodiscard]] QString errorText() const;

    /// Looks the visitor's certificate up in the store, and asks the server when the store has
    /// none and the kiosk has a server.
    Q_INVOKABLE void load();
    /// The number was not this visitor's certificate's: the identity ends and the number is
    /// typed again (then this page opens for it).
    Q_INVOKABLE void tryAnotherNumber();
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
    void readVisitorsApplications();
    /// The visitor's coming booking of one of `assessments` (the station's assessment services).
    [[nodiscard]] std::optional<BookedAssessment> bookedAssessment(const QList<store::ServiceOffer> &assessments) const;

    QString m_outcome = QStringLiteral("noVisitor");
    std::optional<store::CertificateRecord> m_record;
    core::LifecycleExplanation m_explanation;
    CertificateDate m_date;
    QString m_assessmentServiceId;
    QList<CertificateAction> m_actions;
    QList<store::ApplicationRecord> m_applications;
    core::TranslatableText m_error;
    QTimer m_answerDeadline;
};
