// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/phonenumber.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/demohelprequests.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/sync/changemapper.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;
using Kind = StoreError::Kind;

namespace {

// Wednesday 2 December 2026, 10:00 at the station.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0));

} // namespace

/// @brief Asking a volunteer for help as "My requests" sees it: the saved request and its
/// outbox payload, every refusal, cancelling, rating, the station's places from the change feed.
class TestHelpRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QString m_id;  ///< the demo person with a request in every stage
    QString m_key; ///< their visitor key

    int outboxCount(const QString &kind) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM outbox WHERE kind = ?"_qs, {kind}).value().toInt();
    }
    QJsonObject payloadOf(const QString &id) const
    {
        for (const OutboxEntry &e : SyncQueue(*m_db).pending(1000).value()) {
            if (e.id == id)
                return e.payload;
        }
        return {};
    }
    HelpRequestRecord recordOf(const QString &id) const
    {
        for (const HelpRequestRecord &r : m_store->requests().requestsFor(m_key).value()) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    HelpRequestDraft draft() const
    {
        HelpRequestDraft d;
        d.type = core::HelpType::AccompanyToHospital;
        d.idNumber = m_id;
        d.phone = u"138-1234-5678"_qs;
        d.wantedDay = kNow.date().addDays(1);
        d.dayPart = core::DayPart::Morning;
        d.place = {core::PlaceKind::Listed, u"place-hospital-2"_qs};
        d.noteKeys = {u"uses_wheelchair"_qs, u"female_volunteer"_qs, u"uses_wheelchair"_qs};
        return d;
    }
    void applyStatus(const QString &id, core::RequestState status, const QString &name = {}, const QDateTime &agreed = {})
    {
        ChangeSet page;
        RequestStatusChange change{id, status, kNow.toUTC()};
        change.volunteerGivenName = name;
        change.agreedAt = agreed;
        page.requestStatuses.append(change);
        QVERIFY(SyncQueue(*m_db).apply(page).ok());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("help-%1.db").arg(++n)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "station-secret");
        m_store->setClock([] { return kNow; });
        QVERIFY(DemoData::install(*m_store, kNow.date()).ok());
        m_id = DemoData::idNumberWithHelpRequests();
        m_key = m_store->keyFor(m_id);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void demoPersonHasEveryStage()
    {
        const auto mine = m_store->requests().requestsFor(m_key).value();
        QSet<HelpRequestStage> stages;
        for (const HelpRequestRecord &r : mine)
            stages.insert(r.stage);
        for (HelpRequestStage s : {HelpRequestStage::WaitingToSend, HelpRequestStage::Received,
                                   HelpRequestStage::VolunteerFound, HelpRequestStage::Done, HelpRequestStage::Cancelled})
            QVERIFY2(stages.contains(s), qPrintable(QString::number(int(s))));
        for (int i = 1; i < mine.size(); ++i)
            QVERIFY(mine[i - 1].createdAt >= mine[i].createdAt); // newest first
        QCOMPARE(mine.first().stage, HelpRequestStage::WaitingToSend);
        for (const HelpRequestRecord &r : mine) {
            if (r.stage == HelpRequestStage::VolunteerFound) {
                QVERIFY(!r.volunteerGivenName.isEmpty());
                QVERIFY(r.agreedAt.isValid());
            }
        }
        QCOMPARE(m_store->requests().places().value().size(), DemoHelpRequests::places().size());
    }

    void submitKeepsEveryChoiceAndQueuesThem()
    {
        auto saved = m_store->requests().submitHelpRequest(draft());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message.in(u"en")));
        const HelpRequestRecord r = recordOf(saved.value().id);
        QCOMPARE(r.stage, HelpRequestStage::WaitingToSend);
        QCOMPARE(r.wantedDay, kNow.date().addDays(1));
        QCOMPARE(r.dayPart, core::DayPart::Morning);
        QCOMPARE(r.place.kind, core::PlaceKind::Listed);
        QCOMPARE(r.placeName.in(u"en"), u"City No. 1 People's Hospital"_qs);
        QCOMPARE(r.noteKeys, QStringList({u"uses_wheelchair"_qs, u"female_volunteer"_qs}));
        QVERIFY(r.cancellable);
        QVERIFY(!r.rated);

        const QJsonObject p = payloadOf(saved.value().id);
        QCOMPARE(p.value(u"helpType").toString(), u"accompany_to_hospital"_qs);
        QCOMPARE(p.value(u"visitorKey").toString(), m_key);
        QCOMPARE(p.value(u"phone").toString(), u"13812345678"_qs);
        QCOMPARE(p.value(u"wantedDay").toString(), u"2026-12-03"_qs);
        QCOMPARE(p.value(u"dayPart").toString(), u"morning"_qs);
        QCOMPARE(p.value(u"place").toObject().value(u"kind").toString(), u"listed"_qs);
        QCOMPARE(p.value(u"place").toObject().value(u"placeId").toString(), u"place-hospital-2"_qs);
        QCOMPARE(p.value(u"noteKeys").toArray().size(), 2);
        QCOMPARE(p.value(u"code").toString(), saved.value().code);
        QVERIFY(!p.contains(u"note") && !p.contains(u"wantedAt"));

        // Any day, call me to arrange, no phone: all empty on the wire, still valid.
        HelpRequestDraft any;
        any.type = core::HelpType::ReadingLetters;
        any.place = {core::PlaceKind::Home, u"ignored"_qs};
        auto anon = m_store->requests().submitHelpRequest(any);
        QVERIFY(anon.ok());
        const QJsonObject a = payloadOf(anon.value().id);
        QCOMPARE(a.value(u"wantedDay").toString(), QString());
        QCOMPARE(a.value(u"dayPart").toString(), u"any"_qs);
        QCOMPARE(a.value(u"phone").toString(), QString());
        QCOMPARE(a.value(u"place").toObject().value(u"placeId").toString(), QString()); // only for listed
        QCOMPARE(a.value(u"helpType").toString(), u"reading_letters"_qs);
    }

    void submitRefusesAndSavesNothing()
    {
        const int before = outboxCount(u"volunteer_request"_qs);
        HelpRequestDraft d = draft();
        d.wantedDay = kNow.date().addDays(-1);
        auto refused = m_store->requests().submitHelpRequest(d);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().detail, u"wantedDay"_qs);
        QVERIFY(!refused.error().message.in(u"en").isEmpty());

        d = draft();
        d.noteKeys.append(u"please hurry"_qs);
        refused = m_store->requests().submitHelpRequest(d);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().detail, u"noteKeys"_qs);

        d = draft();
        d.place.placeId = u"not-on-the-list"_qs;
        refused = m_store->requests().submitHelpRequest(d);
        QCOMPARE(refused.error().kind, Kind::NotFound);
        d.place.placeId.clear();
        QCOMPARE(m_store->requests().submitHelpRequest(d).error().kind, Kind::NotFound);

        d = draft();
        d.phone = u"12812345678"_qs;
        refused = m_store->requests().submitHelpRequest(d);
        QCOMPARE(refused.error().kind, Kind::Invalid);
        QCOMPARE(refused.error().message, core::PhoneNumber::problem(u"12812345678"));

        QCOMPARE(outboxCount(u"volunteer_request"_qs), before);
        QCOMPARE(m_store->requests().requestsFor(m_key).value().size(), 6);

        // Today is fine.
        d = draft();
        d.wantedDay = kNow.date();
        QVERIFY(m_store->requests().submitHelpRequest(d).ok());
    }

    void volunteerFoundThenCancelledUntilTheFeedConfirms()
    {
        const QString id = m_store->requests().submitHelpRequest(draft()).value().id;
        QVERIFY(SyncQueue(*m_db).acknowledge({id}).ok());
        QCOMPARE(recordOf(id).stage, HelpRequestStage::Received);
        QVERIFY(recordOf(id).noteKeys.isEmpty()); // delivered: the notes are gone

        applyStatus(id, core::RequestState::Assigned, u"小刘"_qs, QDateTime(QDate(2026, 12, 3), QTime(9, 30)));
        HelpRequestRecord r = recordOf(id);
        QCOMPARE(r.stage, HelpRequestStage::VolunteerFound);
        QCOMPARE(r.volunteerGivenName, u"小刘"_qs);
        QCOMPARE(r.agreedAt, QDateTime(QDate(2026, 12, 3), QTime(9, 30)));
        QVERIFY(r.cancellable);

        auto cancelled = m_store->requests().cancelRequest(id);
        QVERIFY(cancelled.ok());
        QCOMPARE(payloadOf(cancelled.value()).value(u"requestId").toString(), id);
        QCOMPARE(outboxCount(u"request_cancellation"_qs), 1);
        r = recordOf(id);
        QCOMPARE(r.stage, HelpRequestStage::CancellationWaitingToSend);
        QVERIFY(!r.cancellable);
        QCOMPARE(m_store->requests().cancelRequest(id).error().kind, Kind::AlreadyDone);
        QCOMPARE(outboxCount(u"request_cancellation"_qs), 1);

        // The server withdrew the assignment: cancelled, no volunteer any more.
        applyStatus(id, core::RequestState::Cancelled);
        r = recordOf(id);
        QCOMPARE(r.stage, HelpRequestStage::Cancelled);
        QVERIFY(r.volunteerGivenName.isEmpty());
        QVERIFY(!r.agreedAt.isValid());
    }

    void helpGivenBeforeTheCancellationArrivedIsDone()
    {
        const QString id = m_store->requests().submitHelpRequest(draft()).value().id;
        QVERIFY(SyncQueue(*m_db).acknowledge({id}).ok());
        QVERIFY(m_store->requests().cancelRequest(id).ok());
        applyStatus(id, core::RequestState::Assigned, u"小刘"_qs);
        QCOMPARE(recordOf(id).stage, HelpRequestStage::CancellationWaitingToSend);
        applyStatus(id, core::RequestState::Done, u"小刘"_qs);
        QCOMPARE(recordOf(id).stage, HelpRequestStage::Done);
        QVERIFY(!recordOf(id).cancellable);
        QVERIFY(m_store->requests().rate(id, 5).ok());
    }

    void cancelRefusals()
    {
        QCOMPARE(m_store->requests().cancelRequest(u"no-such-request"_qs).error().kind, Kind::NotFound);
        for (const HelpRequestRecord &r : m_store->requests().requestsFor(m_key).value()) {
            if (r.stage == HelpRequestStage::Done)
                QCOMPARE(m_store->requests().cancelRequest(r.id).error().kind, Kind::Invalid);
            if (r.stage == HelpRequestStage::Cancelled)
                QCOMPARE(m_store->requests().cancelRequest(r.id).error().kind, Kind::AlreadyDone);
            QCOMPARE(r.cancellable, r.stage != HelpRequestStage::Done && r.stage != HelpRequestStage::Cancelled);
        }
        QCOMPARE(outboxCount(u"request_cancellation"_qs), 0);
    }

    void rateWithPhrasesOnceWhenDone()
    {
        const QString id = m_store->requests().submitHelpRequest(draft()).value().id;
        QCOMPARE(m_store->requests().rate(id, 5).error().kind, Kind::Invalid); // not done
        applyStatus(id, core::RequestState::Done, u"小刘"_qs);
        auto bad = m_store->requests().rate(id, 4, {u"kind"_qs, u"blind"_qs});
        QCOMPARE(bad.error().kind, Kind::Invalid);
        QCOMPARE(bad.error().detail, u"phraseKeys"_qs);
        QCOMPARE(outboxCount(u"rating"_qs), 0);

        auto rated = m_store->requests().rate(id, 4, {u"kind"_qs, u"late"_qs});
        QVERIFY(rated.ok());
        const QJsonObject p = payloadOf(rated.value());
        QCOMPARE(p.value(u"requestId").toString(), id);
        QCOMPARE(p.value(u"stars").toInt(), 4);
        QCOMPARE(p.value(u"phraseKeys").toArray().toVariantList(), QVariantList({u"kind"_qs, u"late"_qs}));
        QVERIFY(recordOf(id).rated);
        QCOMPARE(recordOf(id).stars, 4);
        QCOMPARE(m_store->requests().rate(id, 5).error().kind, Kind::AlreadyDone);
        QCOMPARE(outboxCount(u"rating"_qs), 1);
    }

    void placesFollowTheChangeFeed()
    {
        core::wire::ChangesPage page;
        page.cursor = u"p1"_qs;
        page.changes.append({1, u"place"_qs, u"place-new"_qs,
                             QJsonObject{{u"name"_qs, QJsonObject{{u"zh"_qs, u"区图书馆"_qs}, {u"en"_qs, u"District library"_qs}}},
                                         {u"kind"_qs, u"place"_qs}, {u"sortOrder"_qs, 0}},
                             false});
        page.changes.append({2, u"place"_qs, u"place-hospital-1"_qs, {}, true});
        page.changes.append({3, u"place"_qs, u"place-odd"_qs, QJsonObject{{u"kind"_qs, u"moon"_qs}}, false});
        int skipped = 0;
        QVERIFY(SyncQueue(*m_db).apply(kiosksync::ChangeMapper::map(page, &skipped)).ok());
        QCOMPARE(skipped, 1);
        const auto places = m_store->requests().places().value();
        QCOMPARE(places.size(), DemoHelpRequests::places().size());
        QCOMPARE(places.first().id, u"place-new"_qs);
        QCOMPARE(places.first().name.in(u"en"), u"District library"_qs);
        for (const Place &p : places)
            QVERIFY(p.id != u"place-hospital-1");
    }

    void statusRowBringsTheVolunteerThroughTheMapper()
    {
        const QString id = m_store->requests().submitHelpRequest(draft()).value().id;
        core::wire::ChangesPage page;
        page.cursor = u"s1"_qs;
        page.changes.append({1, u"request_status"_qs, id,
                             QJsonObject{{u"status"_qs, u"assigned"_qs},
                                         {u"changedAt"_qs, u"2026-12-02T02:00:00.000Z"_qs},
                                         {u"volunteerGivenName"_qs, u"芳"_qs},
                                         {u"agreedAt"_qs, u"2026-12-03T14:30"_qs}},
                             false});
        // Its assignment before a time is agreed has no start: skipped, never failing the page.
        page.changes.append({2, u"assignment"_qs, u"asg-no-time"_qs,
                             QJsonObject{{u"requestId"_qs, id}, {u"volunteerId"_qs, u"vol-1001"_qs},
                                         {u"volunteerName"_qs, u"王芳"_qs}},
                             false});
        int skipped = 0;
        QVERIFY(SyncQueue(*m_db).apply(kiosksync::ChangeMapper::map(page, &skipped)).ok());
        QCOMPARE(skipped, 1);
        QVERIFY(SyncQueue(*m_db).acknowledge({id}).ok());
        const HelpRequestRecord r = recordOf(id);
        QCOMPARE(r.stage, HelpRequestStage::VolunteerFound);
        QCOMPARE(r.volunteerGivenName, u"芳"_qs);
        QCOMPARE(r.agreedAt, QDateTime(QDate(2026, 12, 3), QTime(14, 30)));
    }
};

QTEST_GUILESS_MAIN(TestHelpRequests)
#include "tst_helprequests.moc"
