// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificatestatus.h"

#include "accessibility/visitorsettings.h"
#include "core/certificatelifecycle.h"
#include "core/certificatestate.h"
#include "core/disability.h"
#include "kiosk/applicationtimeline.h"
#include "kiosk/bookableassessment.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/navigator.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
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

/// A holder's card: the application that led to it is history, not steps to tick again.
bool holdsOrHeldCard(CertificateState state)
{
    switch (state) {
    case CertificateState::Issued:
    case CertificateState::RenewalDue:
    case CertificateState::Transferred:
    case CertificateState::Replaced:
    case CertificateState::Cancelled: return true;
    default: return false;
    }
}

/// The words that carry meaning: "for", "the", "of" ... say nothing about a repeat.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QStringList small{QStringLiteral("a"),   QStringLiteral("an"), QStringLiteral("the"),
                                   QStringLiteral("of"),  QStringLiteral("for"), QStringLiteral("to"),
                                   QStringLiteral("and"), QStringLiteral("by"), QStringLiteral("on")};
    QStringList words = text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return small.contains(word); });
    return words;
}

/// One word says what the other says: the same stem ("assessed", "assessment"; "renewal",
/// "renew"; "awaiting", "waiting").
bool sameWord(const QString &a, const QString &b)
{
    if (a.size() >= 5 && b.size() >= 5 && (a.contains(b) || b.contains(a)))
        return true;
    int common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
    return common >= 5 || a == b;
}

/// Mandarin has no spaces: the characters are its words.
bool isHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

/// The official term beside plain words, or "" where it mostly repeats them: in English
/// "Issued" beside "Certificate issued", "Awaiting assessment" beside "Waiting for the
/// assessment"; in Mandarin 公示中 beside 正在公示 (most of its characters already there).
QString officialBeside(const QString &plain, const QString &official)
{
    if (isHan(official)) {
        int repeated = 0;
        int counted = 0;
        for (const QChar c : official) {
            if (c.script() != QChar::Script_Han)
                continue;
            ++counted;
            repeated += plain.contains(c) ? 1 : 0;
        }
        return counted == 0 || repeated * 2 > counted ? QString() : official;
    }
    const QStringList plainWords = wordsOf(plain);
    const QStringList officialWords = wordsOf(official);
    if (officialWords.isEmpty())
        return {};
    int repeated = 0;
    for (const QString &word : officialWords)
        if (std::any_of(plainWords.cbegin(), plainWords.cend(), [&](const QString &p) { return sameWord(p, word); }))
            ++repeated;
    return repeated * 2 >= officialWords.size() ? QString() : official;
}

/// A timeline row. Only the current step carries its official term: a done step's term is in
/// the present tense ("Under review"), and a later one is not news yet.
QVariantMap stepRow(const core::LifecycleStep &step, const QString &status, QStringView language)
{
    const QString plain = step.plainName.in(language);
    return {{QStringLiteral("name"), plain},
            {QStringLiteral("official"),
             status == u"now" ? officialBeside(plain, step.officialTerm.in(language)) : QString()},
            {QStringLiteral("status"), status}};
}

/// Category and level are the assessment's findings: before it, or when it did not meet the
/// standard, there are none to show.
bool hasAssessedFacts(CertificateState state)
{
    switch (state) {
    case CertificateState::Received:
    case CertificateState::AwaitingAssessment:
    case CertificateState::NotApproved: return false;
    default: return true;
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
    m_date = {};
    m_assessmentServiceId.clear();
    m_actions.clear();
    m_applications.clear();
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
    m_explanation = {};
    m_date = {};
    m_assessmentServiceId.clear();
    m_actions.clear();
    m_applications.clear();
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
    readVisitorsApplications();
    const QDate today = st->now().date();
    if (!found.value()) {
        // No certificate: the page offers a first application.
        m_actions = CertificateActions::of(std::nullopt, m_explanation, today, m_applications);
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
    m_explanation = m_record->explain(today);
    // The assessment services, asked once: which booking is an assessment, and which one
    // can be booked when none is.
    QList<store::ServiceOffer> assessments;
    if (m_explanation.state == CertificateState::AwaitingAssessment)
        if (const auto offers = st->services().catalogue(core::ServiceCategory::Assessment); offers.ok())
            assessments = offers.value();
    const auto booked = bookedAssessment(assessments);
    m_date = CertificateDateLabel::of(m_explanation, today, m_record->pickupPlace, booked);
    if (m_explanation.state == CertificateState::AwaitingAssessment && !booked)
        m_assessmentServiceId = BookableAssessment::serviceIdIn(assessments);
    m_actions = CertificateActions::of(m_record, m_explanation, today, m_applications);
    setOutcome(QStringLiteral("found"));
}

void CertificateStatus::readVisitorsApplications()
{
    store::Store *st = StationStore::instance()->store();
    const auto read = st->applications().applicationsOf(VisitorIdentity::instance()->idNumber());
    if (read.ok()) {
        m_applications = read.value();
    } else {
        // The certificate still shows; only the applications are missing, and staff are told.
        StationStore::instance()->noteError(read.error().message);
        m_applications.clear();
    }
}

std::optional<BookedAssessment> CertificateStatus::bookedAssessment(const QList<store::ServiceOffer> &assessments) const
{
    if (m_explanation.state != CertificateState::AwaitingAssessment)
        return std::nullopt;
    store::Store *st = StationStore::instance()->store();
    const auto bookings = st->services().bookingsOf(VisitorIdentity::instance()->idNumber(), st->now().date());
    if (!bookings.ok())
        return std::nullopt;
    QSet<QString> assessmentIds;
    for (const store::ServiceOffer &offer : assessments)
        assessmentIds.insert(offer.id);
    for (const store::BookingRecord &booking : bookings.value()) {
        if (booking.state == store::BookingState::Refused || booking.state == store::BookingState::Cancelled)
            continue;
        if (assessmentIds.contains(booking.serviceId))
            return BookedAssessment{booking.startsAt, booking.place};
    }
    return std::nullopt;
}

void CertificateStatus::tryAnotherNumber()
{
    // Everything the first person typed or chose (a phone on the assessment page, a booking
    // begun ...) goes through the visit's one wipe routine, which also takes the navigator
    // home. The page (and this object) goes once the navigator moves on: nothing of `this` after.
    Visit::instance()->nextPerson();
    VisitorIdentity::instance()->clear();
    Navigator::instance()->identifyFor(QStringLiteral("certificate"), QStringLiteral("idnumber"));
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
    return m_record ? officialBeside(stateName(), m_explanation.step.officialTerm.in(language())) : QString();
}

QString CertificateStatus::summary() const
{
    return m_record ? m_explanation.summary.in(language()) : QString();
}

QString CertificateStatus::dateLabel() const
{
    return m_record ? m_date.label.in(language()) : QString();
}

QString CertificateStatus::dateText() const
{
    return m_record && !m_date.isEmpty() ? m_date.textIn(language()) : QString();
}

bool CertificateStatus::dateIsValidUntil() const
{
    // Valid until, Renew by (with the days left) and Expired on all give the validity's end.
    const CertificateState state = m_explanation.state;
    return m_record && m_date.isDate && m_explanation.validUntil.isValid()
        && (state == CertificateState::Issued || state == CertificateState::Replaced
            || state == CertificateState::RenewalDue);
}

QString CertificateStatus::stateIcon() const
{
    if (!m_record)
        return {};
    switch (m_explanation.state) {
    case CertificateState::NotApproved: return QStringLiteral("warning");
    case CertificateState::Cancelled: return QStringLiteral("block");
    case CertificateState::Issued:
    case CertificateState::Replaced: return QStringLiteral("check_circle");
    case CertificateState::RenewalDue: return QStringLiteral("event");
    case CertificateState::ReadyForPickup: return QStringLiteral("inventory");
    case CertificateState::Transferred: return QStringLiteral("move_up");
    case CertificateState::Received:
    case CertificateState::AwaitingAssessment:
    case CertificateState::Assessed:
    case CertificateState::PublicNotice:
    case CertificateState::UnderReview:
    case CertificateState::BeingMade: return QStringLiteral("schedule");
    }
    return QStringLiteral("schedule");
}

QVariantList CertificateStatus::actions() const
{
    QVariantList out;
    if (m_outcome != u"found" && m_outcome != u"notFound" && m_outcome != u"notCached")
        return out;
    for (const CertificateAction &action : m_actions)
        out.append(QVariantMap{{QStringLiteral("key"), action.key},
                               {QStringLiteral("name"), action.name.in(language())},
                               {QStringLiteral("icon"), action.icon},
                               {QStringLiteral("due"), action.due}});
    return out;
}

QVariantList CertificateStatus::applications() const
{
    return ApplicationTimeline::describe(m_applications, language());
}

QString CertificateStatus::reportedLostOn() const
{
    if (!m_record || !m_record->reportedLostOn.isValid())
        return {};
    // Only the office's mark stops the card (staff, other stations): until it has come back,
    // the kiosk says its own copy is saved, not that the card is blocked.
    if (!m_record->lossConfirmed)
        return core::TranslatableText::translate("CertificateStatus",
                                                 "Your report of loss is saved. The card is marked lost as soon "
                                                 "as this kiosk reaches the office.")
            .in(language());
    return core::TranslatableText::translate("CertificateStatus", "Reported lost on %1: it can no longer be used.")
        .arg(core::CertificateLifecycle::formatDate(m_record->reportedLostOn))
        .in(language());
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
    if (holdsOrHeldCard(now)) {
        // Years after the card was issued, the application's steps are not news: the card,
        // and what happened to it since.
        out.append(stepRow(core::CertificateLifecycle::step(CertificateState::Issued),
                           now == CertificateState::Issued ? QStringLiteral("now") : QStringLiteral("done"), language()));
        if (now != CertificateState::Issued) {
            // The explained step: an expired card's row says expired, not "Time to renew".
            QVariantMap row = stepRow(m_explanation.step, QStringLiteral("now"), language());
            row.insert(QStringLiteral("icon"), stateIcon());
            out.append(row);
        }
    } else {
        const bool side = core::CertificateStates::isSideState(now);
        const int lastDone = lastDoneMainStep(now);
        for (CertificateState state : core::CertificateStates::mainPath()) {
            if (side && int(state) > lastDone)
                break;
            QString status = int(state) <= lastDone ? QStringLiteral("done") : QStringLiteral("later");
            if (state == now)
                status = QStringLiteral("now");
            out.append(stepRow(core::CertificateLifecycle::step(state), status, language()));
        }
        if (side) {
            // A decision not approved is not a step forward: its own pictogram, not an arrow.
            // The explained step: an expired card's row says expired, not "Time to renew".
            QVariantMap row = stepRow(m_explanation.step, QStringLiteral("now"), language());
            row.insert(QStringLiteral("icon"), stateIcon());
            out.append(row);
        }
    }
    const store::ApplicationRecord *newest = m_applications.isEmpty() ? nullptr : &m_applications.constFirst();
    if (newest && newest->createdAt.toLocalTime().date() >= m_record->stateSince) {
        // The newest application goes on from here: the certificate's own "now" is history
        // once the visitor asked for something new (until the certificate itself moves on).
        for (QVariant &row : out) {
            QVariantMap map = row.toMap();
            if (map.value(QStringLiteral("status")).toString() == u"now")
                map.insert(QStringLiteral("status"), QStringLiteral("done"));
            row = map;
        }
        for (const QVariant &row : ApplicationTimeline::steps(*newest, language())) {
            QVariantMap map = row.toMap();
            const bool now = map.value(QStringLiteral("status")).toString() == u"now";
            map.insert(QStringLiteral("official"),
                       now ? officialBeside(map.value(QStringLiteral("name")).toString(),
                                            map.value(QStringLiteral("official")).toString())
                           : QString());
            out.append(map);
        }
    }
    return out;
}

QString CertificateStatus::category() const
{
    return m_record && hasAssessedFacts(m_explanation.state)
        ? core::Disability::categoryName(m_record->category).in(language())
        : QString();
}

QString CertificateStatus::level() const
{
    return m_record && hasAssessedFacts(m_explanation.state) ? core::Disability::levelName(m_record->level).in(language())
                                                             : QString();
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
