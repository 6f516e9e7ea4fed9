// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificatestatus.h"

#include "accessibility/visitorsettings.h"
#include "core/certificatelifecycle.h"
#include "core/certificatestate.h"
#include "core/disability.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/visitoridentity.h"

#include <QVariantMap>

using core::CertificateState;

namespace {

/// Where a side state branches off the main path: the steps before it were done.
int lastDoneMainStep(CertificateState state)
{
    switch (state) {
    case CertificateState::NotApproved: return int(CertificateState::UnderReview);
    case CertificateState::RenewalDue:
    case CertificateState::Transferred:
    case CertificateState::Replaced:
    case CertificateState::Cancelled: return int(CertificateState::Issued);
    default: return int(state) - 1;
    }
}

} // namespace

CertificateStatus::CertificateStatus(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &CertificateStatus::changed);
    connect(CertificateLookup::instance(), &CertificateLookup::answered, this, &CertificateStatus::takeAnswer);
    // The server's answer, or the offline words, within this long (the lookup itself gives up
    // sooner; this is the page's promise to the person waiting).
    m_answerDeadline.setSingleShot(true);
    m_answerDeadline.setInterval(answerDeadlineMs);
    connect(&m_answerDeadline, &QTimer::timeout, this, [this] {
        if (m_outcome == u"checking")
            setOutcome(QStringLiteral("notCached"));
    });
}

void CertificateStatus::wipeVisitorData()
{
    m_answerDeadline.stop();
    m_record.reset();
    m_explanation = {};
    m_error = {};
    setOutcome(QStringLiteral("noVisitor"));
}

void CertificateStatus::takeAnswer(CertificateLookup::Answer answer)
{
    if (m_outcome != u"checking")
        return; // asked by another page, or already timed out
    m_answerDeadline.stop();
    switch (answer) {
    case CertificateLookup::Answer::Found:
        // The answer is in the cache now: read it as any other certificate.
        lookUp(AskServer::No);
        break;
    case CertificateLookup::Answer::NotFound:
        setOutcome(QStringLiteral("notFound"));
        break;
    case CertificateLookup::Answer::Unreachable:
        setOutcome(QStringLiteral("notCached"));
        break;
    }
}

QString CertificateStatus::language() const
{
    return VisitorSettings::instance()->language();
}

void CertificateStatus::setOutcome(const QString &outcome)
{
    m_outcome = outcome;
    emit changed();
}

void CertificateStatus::load()
{
    lookUp(AskServer::IfCacheMisses);
}

void CertificateStatus::lookUp(AskServer askServer)
{
    m_answerDeadline.stop();
    m_record.reset();
    m_error = {};
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setOutcome(QStringLiteral("noVisitor"));
        return;
    }
    store::Store *st = StationStore::instance()->store();
    if (!st) {
        setOutcome(QStringLiteral("unavailable"));
        return;
    }
    const auto found = st->certificates().lookupCertificate(identity->idNumber());
    if (!found.ok()) {
        m_error = found.error().message;
        StationStore::instance()->noteError(m_error);
        setOutcome(QStringLiteral("error"));
        return;
    }
    if (!found.value()) {
        if (askServer == AskServer::IfCacheMisses && CertificateLookup::instance()->canAsk()) {
            setOutcome(QStringLiteral("checking"));
            m_answerDeadline.start();
            CertificateLookup::instance()->ask(identity->idNumber());
        } else {
            setOutcome(QStringLiteral("notCached"));
        }
        return;
    }
    m_record = *found.value();
    m_explanation = m_record->explain(st->now().date());
    setOutcome(QStringLiteral("found"));
}

QString CertificateStatus::stateKey() const
{
    return m_record ? core::CertificateStates::key(m_explanation.state) : QString();
}

QString CertificateStatus::stateName() const
{
    return m_record ? m_explanation.step.plainName.in(language()) : QString();
}

QString CertificateStatus::officialTerm() const
{
    return m_record ? m_explanation.step.officialTerm.in(language()) : QString();
}

QString CertificateStatus::summary() const
{
    return m_record ? m_explanation.summary.in(language()) : QString();
}

QString CertificateStatus::expectedBy() const
{
    if (!m_record)
        return {};
    const QDate date = m_explanation.expectedBy.isValid() ? m_explanation.expectedBy : m_explanation.visitorDeadline;
    return date.isValid() ? core::CertificateLifecycle::formatDate(date).in(language()) : QString();
}

QStringList CertificateStatus::whatToBring() const
{
    QStringList items;
    if (m_record)
        for (const core::TranslatableText &item : m_explanation.step.whatToBring)
            items << item.in(language());
    return items;
}

QVariantList CertificateStatus::steps() const
{
    QVariantList out;
    if (!m_record)
        return out;
    const CertificateState now = m_explanation.state;
    const bool side = core::CertificateStates::isSideState(now);
    const int lastDone = lastDoneMainStep(now);
    for (CertificateState state : core::CertificateStates::mainPath()) {
        if (side && int(state) > lastDone)
            break;
        const auto &step = core::CertificateLifecycle::step(state);
        QString status = int(state) <= lastDone ? QStringLiteral("done") : QStringLiteral("later");
        if (state == now)
            status = QStringLiteral("now");
        out.append(QVariantMap{{QStringLiteral("name"), step.plainName.in(language())},
                               {QStringLiteral("official"), step.officialTerm.in(language())},
                               {QStringLiteral("status"), status}});
    }
    if (side) {
        const auto &step = core::CertificateLifecycle::step(now);
        out.append(QVariantMap{{QStringLiteral("name"), step.plainName.in(language())},
                               {QStringLiteral("official"), step.officialTerm.in(language())},
                               {QStringLiteral("status"), QStringLiteral("now")}});
    }
    return out;
}

QString CertificateStatus::category() const
{
    return m_record ? core::Disability::categoryName(m_record->category).in(language()) : QString();
}

QString CertificateStatus::level() const
{
    return m_record ? core::Disability::levelName(m_record->level).in(language()) : QString();
}

QString CertificateStatus::validUntil() const
{
    return m_record && m_record->validUntil.isValid()
        ? core::CertificateLifecycle::formatDate(m_record->validUntil).in(language())
        : QString();
}

QString CertificateStatus::maskedId() const
{
    return m_record ? VisitorIdentity::instance()->maskedId() : QString();
}

bool CertificateStatus::canAskHomeAssessment() const
{
    if (!m_record)
        return false;
    switch (m_explanation.state) {
    case CertificateState::Received:
    case CertificateState::AwaitingAssessment:
    case CertificateState::RenewalDue: return true;
    default: return false;
    }
}

bool CertificateStatus::canAskFeeWaiver() const
{
    if (!m_record)
        return false;
    return m_explanation.state == CertificateState::Received || m_explanation.state == CertificateState::AwaitingAssessment;
}

QString CertificateStatus::errorText() const
{
    return m_error.in(language());
}
