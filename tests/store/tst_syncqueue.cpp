// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace store;

/// @brief The sync client's view: outbox order, acknowledging, parking, and change pages
/// applied whole or not at all.
class TestSyncQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncQueue> m_sync;

    QStringList addCalls(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            auto id = m_store->requests().callStaff(QStringLiteral("call %1").arg(i));
            if (!id.ok())
                return {};
            ids.append(id.value());
        }
        return ids;
    }

    static ChangeSet samplePage(const QString &cursor)
    {
        ChangeSet page;
        page.cursor = cursor;
        ServiceOffer legal;
        legal.id = u"legal"_qs;
        legal.category = core::ServiceCategory::Legal;
        legal.name = {u"法律咨询"_qs, u"Legal advice"_qs};
        legal.bookable = true;
        page.services.append(legal);
        BookableSlot slot;
        slot.id = u"legal-1"_qs;
        slot.serviceId = legal.id;
        slot.startsAt = QDateTime(QDate(2026, 12, 2), QTime(14, 0));
        slot.endsAt = slot.startsAt.addSecs(3600);
        slot.capacity = 2;
        page.bookableSlots.append(slot);
        VolunteerRecord v{u"vol-9"_qs, u"v9"_qs, u"赵磊"_qs, core::VolunteerHours::fromHalfHours(300), {u"home_visit"_qs}, {}};
        page.volunteers.append(v);
        Assignment a;
        a.id = u"asg-9"_qs;
        a.volunteerId = v.id;
        a.startsAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0));
        a.endsAt = a.startsAt.addSecs(7200);
        a.title = {u"站内值班"_qs, u"Station duty"_qs};
        page.assignments.append(a);
        CertificateRecord c;
        c.idHash = u"00ff"_qs;
        c.maskedId = u"110101********1233"_qs;
        c.category = core::DisabilityCategory::Hearing;
        c.level = 2;
        c.state = core::CertificateState::PublicNotice;
        c.stateSince = QDate(2026, 11, 27);
        page.certificates.append(c);
        return page;
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
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("sync-%1.db").arg(++n)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<Store>(*m_db, "secret");
        m_sync = std::make_unique<SyncQueue>(*m_db);
    }

    void cleanup()
    {
        m_sync.reset();
        m_store.reset();
        m_db.reset();
    }

    void pendingInCreationOrder()
    {
        const QStringList ids = addCalls(30);
        QCOMPARE(ids.size(), 30);
        auto first = m_sync->pending(10);
        QVERIFY(first.ok());
        QCOMPARE(first.value().size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(first.value()[i].id, ids[i]);
            QCOMPARE(first.value()[i].kind, u"help_call"_qs);
            QCOMPARE(first.value()[i].payload.value(u"reason").toString(), QStringLiteral("call %1").arg(i));
            QVERIFY(!first.value()[i].createdAt.isEmpty());
        }
        QCOMPARE(m_sync->counts().value().pending, 30);
    }

    void acknowledgeRemovesOnlyFromTheOutbox()
    {
        const QStringList ids = addCalls(5);
        QVERIFY(m_sync->acknowledge(ids.mid(0, 3) + QStringList{u"unknown-id"_qs}).ok());
        const auto left = m_sync->pending(10).value();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.first().id, ids[3]);
        // The records themselves stay on the kiosk.
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM help_calls"_qs).value().toInt(), 5);
    }

    void parkedEntriesStepAside()
    {
        const QStringList ids = addCalls(4);
        QVERIFY(m_sync->markAttempted({ids[0], ids[1]}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(m_sync->markAttempted({ids[0]}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(m_sync->park(ids[0], u"unknown kind"_qs).ok());
        QVERIFY(m_sync->park(ids[2], QString()).ok());
        const auto counts = m_sync->counts().value();
        QCOMPARE(counts.pending, 2);
        QCOMPARE(counts.parked, 2);
        const auto pending = m_sync->pending(10).value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].id, ids[1]);
        QCOMPARE(pending[0].attempts, 1);
        const auto parked = m_sync->parked(10).value();
        QCOMPARE(parked.size(), 2);
        QCOMPARE(parked[0].parkedReason, u"unknown kind"_qs);
        QCOMPARE(parked[0].attempts, 2);
        QVERIFY(!parked[1].parkedReason.isEmpty()); // a reason is always kept
        QVERIFY(m_sync->unpark(ids[0]).ok());
        QCOMPARE(m_sync->pending(10).value().first().id, ids[0]);
    }

    void syncStatus()
    {
        auto initial = m_sync->status();
        QVERIFY(initial.ok());
        QVERIFY(initial.value().cursor.isEmpty());
        QVERIFY(!initial.value().lastSuccess.isValid());
        const QDateTime t1(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(m_sync->recordFailure(u"connection refused"_qs, t1).ok());
        QCOMPARE(m_sync->status().value().lastError, u"connection refused"_qs);
        QCOMPARE(m_sync->status().value().lastAttempt, t1);
        QVERIFY(m_sync->recordSuccess(t1.addSecs(60)).ok());
        QCOMPARE(m_sync->status().value().lastSuccess, t1.addSecs(60));
        QVERIFY(m_sync->status().value().lastError.isEmpty());
        QVERIFY(m_sync->setCursor(u"17"_qs).ok());
        QCOMPARE(m_sync->status().value().cursor, u"17"_qs);
    }

    void applyPageWithCursor()
    {
        QVERIFY(m_sync->apply(samplePage(u"100"_qs)).ok());
        QCOMPARE(m_sync->status().value().cursor, u"100"_qs);
        QCOMPARE(m_store->services().catalogue(core::ServiceCategory::Legal).value().size(), 1);
        QCOMPARE(m_store->services().bookableSlots(u"legal"_qs, QDate(2026, 12, 2), QDate(2026, 12, 2)).value().size(), 1);
        QCOMPARE(m_store->volunteers().volunteer(u"V9"_qs).value()->name, u"赵磊"_qs);
        QCOMPARE(m_store->volunteers().assignments(QDate(2026, 12, 2)).value().size(), 1);
        QCOMPARE(m_db->scalar(u"SELECT state FROM certificates WHERE id_hash = '00ff'"_qs).value().toString(),
                 u"public_notice"_qs);

        // A second page updates in place, removes, and moves a request.
        HelpRequestDraft draft;
        draft.type = core::HelpType::HomeVisit;
        const QString requestId = m_store->requests().submitHelpRequest(draft).value().id;
        ChangeSet next;
        next.cursor = u"101"_qs;
        CertificateRecord c = samplePage({}).certificates.first();
        c.state = core::CertificateState::UnderReview;
        next.certificates.append(c);
        next.removedSlots.append(u"legal-1"_qs);
        next.requestStatuses.append({requestId, core::RequestState::Accepted, QDateTime::currentDateTimeUtc()});
        QVERIFY(m_sync->apply(next).ok());
        QCOMPARE(m_db->scalar(u"SELECT state FROM certificates WHERE id_hash = '00ff'"_qs).value().toString(),
                 u"under_review"_qs);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM certificates"_qs).value().toInt(), 1);
        QVERIFY(m_store->services().bookableSlots(u"legal"_qs, QDate(2026, 12, 2), QDate(2026, 12, 2)).value().isEmpty());
        QCOMPARE(m_db->scalar(u"SELECT status FROM help_requests WHERE id = ?"_qs, {requestId}).value().toString(),
                 u"accepted"_qs);
        QCOMPARE(m_sync->status().value().cursor, u"101"_qs);
    }

    void oneOffRowsKeepTheCursor()
    {
        QVERIFY(m_sync->setCursor(u"300"_qs).ok());
        ChangeSet single;
        single.certificates.append(samplePage({}).certificates.first());
        QVERIFY(m_sync->apply(single).ok());
        QCOMPARE(m_sync->status().value().cursor, u"300"_qs);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM certificates"_qs).value().toInt(), 1);
    }

    void deliveryBlanksPhoneAndNoteButKeepsTheRecord()
    {
        HelpRequestDraft draft;
        draft.phone = u"138 1234 5678"_qs;
        draft.noteKeys = {u"uses_wheelchair"_qs, u"female_volunteer"_qs};
        const QString help = m_store->requests().submitHelpRequest(draft).value().id;
        const auto waived = m_store->requests().requestFeeWaiver(u"110101199003071233", u"010 6234 5678"_qs, u"行动不便"_qs);
        QVERIFY2(waived.ok(), qPrintable(waived.ok() ? QString() : waived.error().message.in(u"en")));
        const QString waiver = waived.value().id;
        const QString undelivered = m_store->requests().submitHelpRequest(draft).value().id;
        const auto contact = [&](const char *table, const QString &id) {
            auto q = m_db->exec(QStringLiteral("SELECT phone || '|' || note FROM %1 WHERE id = ?").arg(QLatin1String(table)),
                                {id});
            return q.value().next() ? q.value().value(0).toString() : u"(no record)"_qs;
        };
        QCOMPARE(contact("help_requests", help), u"13812345678|uses_wheelchair,female_volunteer"_qs);

        QVERIFY(m_sync->acknowledge({help, waiver}).ok());
        // Gone at delivery, while the records stay for their status ...
        QCOMPARE(contact("help_requests", help), u"|"_qs);
        QCOMPARE(contact("assessment_requests", waiver), u"|"_qs);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM help_requests WHERE status = 'submitted'"_qs).value().toInt(), 2);
        // ... and a record the server does not have yet keeps them.
        QCOMPARE(contact("help_requests", undelivered), u"13812345678|uses_wheelchair,female_volunteer"_qs);
    }

    void purgeKeepsWhatIsUndeliveredOrOpen()
    {
        QDateTime now(QDate(2026, 12, 2), QTime(10, 0));
        m_store->setClock([&now] { return now; });
        QVERIFY(m_sync->apply(samplePage(u"1"_qs)).ok());
        // Old records: a delivered staff call, an undelivered one, a delivered done request
        // and a delivered open one.
        now = now.addDays(-100);
        const QString deliveredCall = m_store->requests().callStaff(u"old"_qs).value();
        const QString waitingCall = m_store->requests().callStaff(u"old, not yet sent"_qs).value();
        HelpRequestDraft draft;
        const QString doneRequest = m_store->requests().submitHelpRequest(draft).value().id;
        const QString openRequest = m_store->requests().submitHelpRequest(draft).value().id;
        QVERIFY(m_sync->acknowledge({deliveredCall, doneRequest, openRequest}).ok());
        ChangeSet statuses;
        statuses.requestStatuses.append({doneRequest, core::RequestState::Done, now.addDays(1)});
        statuses.requestStatuses.append({openRequest, core::RequestState::Assigned, now.addDays(1)});
        QVERIFY(m_sync->apply(statuses).ok());
        // A recent delivered call.
        now = now.addDays(100);
        const QString recentCall = m_store->requests().callStaff(u"today"_qs).value();
        QVERIFY(m_sync->acknowledge({recentCall}).ok());

        auto removed = m_sync->purgeDelivered(now.addDays(-90));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 2);
        const auto exists = [&](const char *table, const QString &id) {
            return m_db->scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id})
                .value()
                .isValid();
        };
        QVERIFY(!exists("help_calls", deliveredCall));
        QVERIFY(exists("help_calls", waitingCall));
        QVERIFY(exists("help_calls", recentCall));
        QVERIFY(!exists("help_requests", doneRequest));
        QVERIFY(exists("help_requests", openRequest));
        QCOMPARE(m_sync->counts().value().pending, 1);
    }

    void aBadPageChangesNothing()
    {
        ChangeSet page = samplePage(u"200"_qs);
        BookableSlot orphan = page.bookableSlots.first();
        orphan.id = u"orphan"_qs;
        orphan.serviceId = u"no-such-service"_qs; // foreign key fails after the good rows went in
        page.bookableSlots.append(orphan);
        auto applied = m_sync->apply(page);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, StoreError::Kind::Storage);
        QVERIFY(m_sync->status().value().cursor.isEmpty());
        QVERIFY(m_store->services().catalogue().value().isEmpty());
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM slots"_qs).value().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncQueue)
#include "tst_syncqueue.moc"
