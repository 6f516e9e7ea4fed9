// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/syncworker.h"
#include "kiosk/sync/syncproblem.h"

#include "core/wire/changespage.h"
#include "core/wire/enrollrequest.h"
#include "core/wire/fieldproblem.h"
#include "core/wire/pushbatch.h"
#include "core/wire/pushresult.h"
#include "kiosk/store/database.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/changemapper.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/stationcondition.h"
#include "kiosk/sync/stationhealthreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "kiosk.sync")

namespace kiosksync {

SyncWorker::SyncWorker(const SyncSettings &settings, std::shared_ptr<const StationCondition> condition)
    : m_settings(settings), m_backoff(settings.minBackoffMs, settings.maxBackoffMs), m_condition(std::move(condition))
{
}

SyncWorker::~SyncWorker()
{
    // Normally finish() has run; a request still out must not call back into a half-gone worker.
    m_finished = true;
    if (m_http)
        m_http->abort();
}

void SyncWorker::begin()
{
    m_network = new QNetworkAccessManager(this);
    m_http = std::make_unique<HttpExchange>(*m_network, m_settings.requestTimeoutMs);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::round);
    m_purgeTimer = new QTimer(this);
    connect(m_purgeTimer, &QTimer::timeout, this, &SyncWorker::purge);

    m_db = std::make_unique<store::Database>(m_settings.storePath);
    if (auto opened = m_db->open(); !opened.ok()) {
        m_report.problem = SyncProblem::code("store_unopenable");
        m_report.lastError = SyncProblem::words(m_report.problem).english();
        qCWarning(lcSync) << "cannot open the store" << opened.error().detail;
        m_db.reset();
        publish();
        return;
    }
    m_queue = std::make_unique<store::SyncQueue>(*m_db);
    m_lookup = std::make_unique<OnlineLookup>(*m_http, *m_db);
    m_hold = std::make_unique<BookingHold>(*m_http, *m_queue);
    m_volunteerLookup = std::make_unique<VolunteerLookupRequest>(*m_http, *m_db);
    readCredential();
    if (auto status = m_queue->status(); status.ok()) {
        m_report.lastSuccess = status->lastSuccess;
        // A code (SyncProblem); a file from an older kiosk keeps an English sentence instead.
        m_report.problem = status->lastError;
        m_report.lastError = SyncProblem::words(m_report.problem).english();
    }
    publish();
    purge();
    m_purgeTimer->start(qMax(1000, m_settings.purgeIntervalMs));
    schedule(0);
}

void SyncWorker::purge()
{
    if (!m_queue || m_finished)
        return;
    const int days = qMax(1, m_settings.retentionDays);
    const auto removed = m_queue->purgeDelivered(m_settings.now().addDays(-days), m_settings.now());
    if (!removed.ok()) {
        qCWarning(lcSync) << "purging delivered records failed" << removed.error().detail;
        emit purgeFinished(-1);
        return;
    }
    if (removed.value() > 0)
        qCInfo(lcSync) << "deleted" << removed.value() << "delivered visitor records older than" << days << "days";
    emit purgeFinished(removed.value());
}

void SyncWorker::readCredential()
{
    const QString path = m_settings.effectiveCredentialPath();
    const QString legacy = m_settings.storePath + QStringLiteral(".credential");
    if (CredentialFile::moveLegacy(legacy, path))
        qCInfo(lcSync).noquote() << "moved the station credential from beside the store to" << path;
    CredentialFile::Problem problem = CredentialFile::Problem::None;
    m_credential = CredentialFile::read(path, &problem);
    m_credentialRefused = !m_credential && problem != CredentialFile::Problem::Missing;
    if (m_credentialRefused)
        qCWarning(lcSync).noquote() << CredentialFile::describe(problem, path);
}

void SyncWorker::lookupCertificate(const QString &idNumber)
{
    if (m_finished || !m_lookup || !m_credential || m_settings.serverUrl.isEmpty()) {
        emit lookupFinished(int(SyncClient::LookupOutcome::Unreachable));
        return;
    }
    m_lookup->ask(endpoint(QStringLiteral("/v1/certificates/lookup")), *m_credential, idNumber,
                  [this](OnlineLookup::Outcome outcome) { emit lookupFinished(int(outcome)); },
                  qMin(OnlineLookup::deadlineMs, m_settings.requestTimeoutMs));
}

void SyncWorker::holdBooking(const QJsonObject &holdBody)
{
    const QString id = holdBody.value(QStringLiteral("id")).toString();
    if (m_finished || !m_hold || !m_credential || m_settings.serverUrl.isEmpty()) {
        emit holdFinished(id, int(SyncClient::HoldOutcome::Unreachable), {}, -1, -1);
        return;
    }
    m_hold->ask(endpoint(QStringLiteral("/v1/bookings")), *m_credential, holdBody,
                [this, id](const BookingHold::Answer &a) {
                    emit holdFinished(id, int(a.outcome), a.reason, a.capacity, a.taken);
                    // The slot and booking_status rows the hold made come with the next round.
                    if (a.outcome == SyncClient::HoldOutcome::Held || a.outcome == SyncClient::HoldOutcome::Full)
                        syncNow();
                },
                qMin(BookingHold::deadlineMs, m_settings.requestTimeoutMs));
}

void SyncWorker::lookupVolunteer(const QString &idNumber)
{
    if (m_finished || !m_volunteerLookup || !m_credential || m_settings.serverUrl.isEmpty()) {
        emit volunteerLookupFinished(int(SyncClient::VolunteerLookupOutcome::Unreachable), {});
        return;
    }
    m_volunteerLookup->ask(endpoint(QStringLiteral("/v1/volunteers/lookup")), *m_credential, idNumber,
                           [this](const VolunteerLookupRequest::Answer &a) {
                               emit volunteerLookupFinished(int(a.outcome), a.volunteerNumber);
                               // The volunteer's row may not have reached this kiosk yet: fetch now.
                               if (a.outcome == SyncClient::VolunteerLookupOutcome::Approved)
                                   syncNow();
                           },
                           qMin(VolunteerLookupRequest::deadlineMs, m_settings.requestTimeoutMs));
}

void SyncWorker::syncNow()
{
    if (m_inRound) {
        m_again = true;
        return;
    }
    schedule(0);
}

void SyncWorker::finish()
{
    m_finished = true;
    if (m_http)
        m_http->abort();
    if (m_timer)
        m_timer->stop();
    if (m_purgeTimer)
        m_purgeTimer->stop();
    if (!m_inRound) {
        m_lookup.reset();
        m_hold.reset();
        m_volunteerLookup.reset();
        m_queue.reset();
        m_db.reset();
    }
}

void SyncWorker::schedule(int delayMs)
{
    if (!m_finished && m_timer)
        m_timer->start(qMax(0, delayMs));
}

QUrl SyncWorker::endpoint(const QString &path) const
{
    QUrl url = m_settings.serverUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

// A round is a chain of requests: enroll (once), push the outbox batch by batch, pull the change
// feed page by page. Each step sends its request and returns; the answer's callback takes the
// next step, so the thread never waits inside a request.
void SyncWorker::round()
{
    if (!m_queue || m_finished || m_inRound)
        return;
    m_inRound = true;
    m_again = false;
    m_error.clear();
    m_needsPeople = false;
    m_retryAfterMs = 0;
    m_batchSize = m_settings.batchSize;
    m_report.syncing = true;
    publish();
    enroll();
}

void SyncWorker::endRound(bool ok)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_inRound = false;
    m_report.syncing = false;
    if (m_finished) {
        m_lookup.reset();
        m_hold.reset();
        m_volunteerLookup.reset();
        m_queue.reset();
        m_db.reset();
        return;
    }
    if (ok) {
        (void)m_queue->recordSuccess(now);
        m_backoff.reset();
        m_report.lastSuccess = now;
        m_report.lastError.clear();
        m_report.problem.clear();
        schedule(m_again ? 0 : m_settings.intervalMs);
    } else {
        (void)m_queue->recordFailure(m_error, now);
        m_report.problem = m_error;
        m_report.lastError = SyncProblem::words(m_error).english();
        int delay = m_backoff.nextDelayMs();
        if (m_needsPeople)
            delay = m_settings.maxBackoffMs;
        schedule(qMax(delay, m_retryAfterMs));
    }
    publish();
    emit roundFinished(ok);
}

void SyncWorker::enroll()
{
    if (m_credential) {
        pushNextBatch();
        return;
    }
    if (m_credentialRefused) {
        // Enrolling again would overwrite it, and the one-time code is spent anyway.
        m_error = SyncProblem::code("credential_not_private");
        m_needsPeople = true;
        endRound(false);
        return;
    }
    if (m_settings.serverUrl.isEmpty() || m_settings.enrollmentCode.isEmpty()) {
        m_error = SyncProblem::code("not_configured");
        m_needsPeople = true;
        endRound(false);
        return;
    }
    // The nonce is on disk before the request leaves: if the answer is lost (network cut,
    // time-out, the kiosk restarted), the next attempt sends the same one and the centre
    // answers with the same credential once more instead of "code used".
    const QString nonce = CredentialFile::enrollmentNonce(m_settings.effectiveCredentialPath());
    if (nonce.isEmpty()) {
        qCWarning(lcSync).noquote() << "cannot write" << CredentialFile::noncePath(m_settings.effectiveCredentialPath())
                                    << "- not enrolling until it can be kept";
        m_error = SyncProblem::code("credential_not_kept");
        endRound(false);
        return;
    }
    const QByteArray body = core::wire::EnrollRequest{m_settings.enrollmentCode, nonce}.toJson();
    m_http->start("POST", endpoint(QStringLiteral("/v1/stations/enroll")), body, {},
                  [this](const HttpExchange::Result &reply) { enrolled(reply); });
}

void SyncWorker::enrolled(const HttpExchange::Result &reply)
{
    if (m_finished) {
        endRound(false);
        return;
    }
    if (reply.status != 200) {
        describeFailure(reply, "enroll");
        // A revoked station keeps describeFailure's "access withdrawn": a new code will not help.
        if (reply.status == 403
            && QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString() != u"station_revoked") {
            m_error = SyncProblem::code("enrollment_refused");
        }
        endRound(false);
        return;
    }
    const auto credential = core::wire::Credential::fromJson(QJsonDocument::fromJson(reply.body).object());
    if (!credential || !CredentialFile::write(m_settings.effectiveCredentialPath(), *credential)) {
        m_error = SyncProblem::code("credential_not_kept");
        endRound(false);
        return;
    }
    CredentialFile::forgetEnrollmentNonce(m_settings.effectiveCredentialPath());
    m_credential = credential;
    qCInfo(lcSync) << "enrolled as station" << credential->stationId;
    m_report.enrolled = true;
    pushNextBatch();
}

void SyncWorker::pushNextBatch()
{
    if (m_finished) {
        endRound(false);
        return;
    }
    auto pending = m_queue->pending(m_batchSize);
    if (!pending.ok()) {
        m_error = SyncProblem::code("queue_unreadable");
        endRound(false);
        return;
    }
    const QList<store::OutboxEntry> entries = pending.value();
    const std::optional<core::wire::StationHealth> health = currentHealth();
    if (entries.isEmpty()) {
        // Nothing (more) to deliver: the centre still hears how the kiosk stands when that
        // changed (an item parked by this round's last batch, say) or now and then.
        if (health && healthDue(*health))
            pushHealthOnly(*health);
        else
            pullNextPage();
        return;
    }
    core::wire::PushBatch batch;
    batch.station = health;
    QStringList ids;
    for (const store::OutboxEntry &e : entries) {
        batch.items.append({e.id, e.kind, e.createdAt, e.payload});
        ids.append(e.id);
    }
    if (auto counts = m_queue->counts(); counts.ok())
        batch.backlog = qMax(0, counts->pending - int(entries.size()));
    (void)m_queue->markAttempted(ids, QDateTime::currentDateTimeUtc());
    m_http->start("POST", endpoint(QStringLiteral("/v1/sync/push")), batch.toJson(), m_credential->token,
                  [this, entries, ids, health](const HttpExchange::Result &reply) { pushed(reply, entries, ids, health); });
}

std::optional<core::wire::StationHealth> SyncWorker::currentHealth() const
{
    if (m_healthRefused || !m_condition || !m_queue)
        return std::nullopt;
    return StationHealthReport::build(*m_queue, m_settings.storePath, *m_condition);
}

bool SyncWorker::healthDue(const core::wire::StationHealth &health) const
{
    if (!m_healthSent || !m_healthSentTimer.isValid() || m_healthSentTimer.elapsed() >= m_settings.healthIntervalMs)
        return true;
    core::wire::StationHealth before = *m_healthSent;
    before.freeDiskBytes = health.freeDiskBytes;
    return !(before == health);
}

void SyncWorker::healthDelivered(const core::wire::StationHealth &health)
{
    m_healthSent = health;
    m_healthSentTimer.start();
}

void SyncWorker::pushHealthOnly(const core::wire::StationHealth &health)
{
    core::wire::PushBatch batch;
    batch.backlog = 0;
    batch.station = health;
    m_http->start("POST", endpoint(QStringLiteral("/v1/sync/push")), batch.toJson(), m_credential->token,
                  [this, health](const HttpExchange::Result &reply) { pushedHealth(reply, health); });
}

void SyncWorker::pushedHealth(const HttpExchange::Result &reply, const core::wire::StationHealth &health)
{
    if (m_finished) {
        endRound(false);
        return;
    }
    if (reply.status == 200) {
        healthDelivered(health);
    } else if (reply.status == 400 || reply.status == 413) {
        // A centre older than its console refuses a push without items: the outbox does not
        // depend on it, so the kiosk stops sending its state and goes on.
        qCInfo(lcSync) << "the centre does not take the station's state; not sending it again";
        m_healthRefused = true;
    } else {
        describeFailure(reply, "push");
        endRound(false);
        return;
    }
    pullNextPage();
}

void SyncWorker::pushed(const HttpExchange::Result &reply, const QList<store::OutboxEntry> &entries,
                        const QStringList &ids, const std::optional<core::wire::StationHealth> &health)
{
    if (m_finished) {
        endRound(false);
        return;
    }
    if (reply.status == 200) {
        if (health)
            healthDelivered(*health);
        QStringList stored;
        for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray()) {
            const auto r = core::wire::PushResult::fromJson(v.toObject());
            if (!r || !ids.contains(r->id))
                continue;
            if (r->isStored()) {
                stored.append(r->id);
            } else {
                qCInfo(lcSync) << "server refused outbox item" << r->id << r->reason;
                (void)m_queue->park(r->id, r->reason);
            }
        }
        if (auto acked = m_queue->acknowledge(stored); !acked.ok()) {
            // The server has them; they will come back as duplicates next round.
            m_error = SyncProblem::code("queue_not_updated");
            endRound(false);
            return;
        }
        m_batchSize = m_settings.batchSize;
        pushNextBatch();
        return;
    }
    if (reply.status == 400) {
        // One malformed item refuses the whole batch: the answer names it, park it alone.
        const auto problem = core::wire::FieldProblem::fromJson(QJsonDocument::fromJson(reply.body).object());
        if (health && problem.field.startsWith(u"station")) {
            // The station's state, not a visitor's item: never park an item for it.
            qCInfo(lcSync).noquote() << "the centre refused the station's state:" << problem.field << problem.message
                                     << "- not sending it again";
            m_healthRefused = true;
            pushNextBatch();
            return;
        }
        static const QRegularExpression itemField(QStringLiteral("^items\\[(\\d+)\\]"));
        const auto match = itemField.match(problem.field);
        const int index = match.hasMatch() ? match.captured(1).toInt() : (entries.size() == 1 ? 0 : -1);
        if (index >= 0 && index < entries.size()) {
            (void)m_queue->park(entries.at(index).id,
                                QStringLiteral("refused by the server: %1 %2").arg(problem.field, problem.message).trimmed());
        } else {
            m_batchSize = 1; // find the culprit one item at a time
        }
        pushNextBatch();
        return;
    }
    if (reply.status == 413) {
        if (entries.size() == 1)
            (void)m_queue->park(entries.first().id, QStringLiteral("too large for the server"));
        else
            m_batchSize = qMax(1, int(entries.size()) / 2);
        pushNextBatch();
        return;
    }
    describeFailure(reply, "push");
    endRound(false);
}

void SyncWorker::pullNextPage()
{
    if (m_finished) {
        endRound(false);
        return;
    }
    auto status = m_queue->status();
    if (!status.ok()) {
        m_error = SyncProblem::code("state_unreadable");
        endRound(false);
        return;
    }
    QUrl url = endpoint(QStringLiteral("/v1/sync/changes"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), status->cursor.isEmpty() ? QStringLiteral("0") : status->cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(core::wire::ChangesPage::defaultLimit));
    url.setQuery(query);
    m_http->start("GET", url, {}, m_credential->token, [this](const HttpExchange::Result &reply) { pulled(reply); });
}

void SyncWorker::pulled(const HttpExchange::Result &reply)
{
    if (m_finished) {
        endRound(false);
        return;
    }
    if (reply.status != 200) {
        describeFailure(reply, "pull");
        endRound(false);
        return;
    }
    const auto page = core::wire::ChangesPage::fromJson(reply.body);
    if (!page) {
        m_error = SyncProblem::code("answer_unreadable");
        endRound(false);
        return;
    }
    int skipped = 0;
    const store::ChangeSet set = ChangeMapper::map(*page, &skipped);
    if (skipped > 0)
        qCInfo(lcSync) << "skipped" << skipped << "changes this kiosk cannot use";
    if (auto applied = m_queue->apply(set); !applied.ok()) {
        m_error = SyncProblem::code("news_not_saved");
        qCWarning(lcSync) << "applying a page failed" << applied.error().detail;
        endRound(false);
        return;
    }
    if (page->more)
        pullNextPage();
    else
        endRound(true);
}

void SyncWorker::describeFailure(const HttpExchange::Result &r, const char *what)
{
    m_retryAfterMs = r.retryAfterSeconds * 1000;
    if (r.networkError) {
        // Qt's own words for the network error are English: for the log, not for staff's screen.
        qCInfo(lcSync) << "the centre cannot be reached to" << what << r.errorText;
        m_error = SyncProblem::code("unreachable", what);
    } else if (r.status == 401) {
        m_error = SyncProblem::code("unknown_kiosk");
        m_needsPeople = true;
    } else if (r.status == 403) {
        m_error = SyncProblem::code("access_withdrawn");
        m_needsPeople = true;
    } else if (r.status == 429) {
        m_error = SyncProblem::code("slow_down");
    } else if (r.status >= 500) {
        m_error = SyncProblem::code("server_problem", what, r.status);
    } else {
        m_error = SyncProblem::code("refused", what, r.status);
    }
}

void SyncWorker::publish()
{
    if (m_queue) {
        if (auto counts = m_queue->counts(); counts.ok()) {
            m_report.pending = counts->pending;
            m_report.parked = counts->parked;
        }
    }
    m_report.enrolled = m_credential.has_value();
    emit reportChanged(m_report);
}

} // namespace kiosksync
