// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's side of the contract: the real store writes every outbox kind (help request with
// and without an ID, booking with and without a phone, booking cancellation, rating, staff call, home assessment, fee waiver, volunteer check
// in, check out and registration, a certificate application of each procedure and choice), and the entries are read back through SyncQueue and framed as the sync
// client frames them (core::wire::PushBatch). Each item and the batch are kept for
// validate_contract.py, which checks them against server/openapi.yaml.
#include "contractsample.h"

#include "core/certificateprocedure.h"
#include "core/citydistricts.h"
#include "core/wire/pushbatch.h"
#include "core/wire/recordkind.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

class OutboxContractTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static QString why(const Result<T> &r)
    {
        return r.ok() ? QString() : r.error().message.in(u"en") + u' ' + r.error().detail;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWiresDistrictsAreCoresDistricts()
    {
        // openapi.yaml's TransferApplication.district enum must be exactly the list the kiosk
        // offers and the server accepts (core::CityDistricts), or the validator and the server
        // disagree about a payload.
        QFile file(QStringLiteral(KIOSK_OPENAPI_PATH));
        QVERIFY2(file.open(QIODevice::ReadOnly), KIOSK_OPENAPI_PATH);
        const QString yaml = QString::fromUtf8(file.readAll());
        const QString marker = QStringLiteral("  TransferApplication:");
        const qsizetype branch = yaml.indexOf(marker);
        QVERIFY(branch > 0);
        const qsizetype field = yaml.indexOf(u"        district:", branch);
        const qsizetype open = yaml.indexOf(u"enum: [", field);
        const qsizetype close = yaml.indexOf(u']', open);
        QVERIFY(field > branch && open > field && close > open);
        QVERIFY2(yaml.indexOf(u"Application:", branch + marker.size()) > close, "the enum is the transfer branch's own");
        QStringList documented;
        for (const QString &item : yaml.mid(open + 7, close - open - 7).split(u','))
            documented.append(item.trimmed().remove(u'"'));
        QStringList core;
        for (const core::CityDistrict &d : core::CityDistricts::all())
            core.append(d.code);
        QVERIFY(core.contains(QString::fromLatin1(core::CityDistricts::kOutsideCity)));
        QCOMPARE(documented, core);
    }

    void everyOutboxKindTheStoreWritesIsKeptForTheContractCheck()
    {
        Database db(m_dir.filePath(QStringLiteral("kiosk.db")));
        QVERIFY(db.open().ok());
        Store store(db, "station-secret");
        // A Tuesday morning, so the demo's slots and assignments are today and ahead.
        QDateTime now(QDate(2026, 7, 7), QTime(8, 30));
        store.setClock([&now] { return now; });
        const auto installed = DemoData::install(store, now.date());
        QVERIFY2(installed.ok(), qPrintable(why(installed)));
        const QString idNumber = DemoData::people().first().idNumber;

        // A help request from an identified visitor, and one from someone who did not identify.
        HelpRequestDraft draft;
        draft.type = core::HelpType::AccompanyToHospital;
        draft.idNumber = idNumber;
        draft.phone = QStringLiteral("13812345678");
        draft.wantedDay = now.date().addDays(1);
        draft.dayPart = core::DayPart::Morning;
        draft.place = {core::PlaceKind::Listed, store.requests().places().value().first().id};
        draft.noteKeys = {QStringLiteral("uses_wheelchair"), QStringLiteral("bring_wheelchair")};
        const auto help = store.requests().submitHelpRequest(draft);
        QVERIFY2(help.ok(), qPrintable(why(help)));
        HelpRequestDraft anonymous;
        anonymous.type = core::HelpType::ReadingAndForms;
        anonymous.phone = QStringLiteral("022 2345 6789");
        const auto anonymousHelp = store.requests().submitHelpRequest(anonymous);
        QVERIFY2(anonymousHelp.ok(), qPrintable(why(anonymousHelp)));
        // The visitor changes their mind about the second one.
        const auto cancellation = store.requests().cancelRequest(anonymousHelp->id);
        QVERIFY2(cancellation.ok(), qPrintable(why(cancellation)));

        // A booking of a free place (each day's first slot is full in the demo).
        QString freeSlot;
        const auto services = store.services().catalogue();
        QVERIFY(services.ok());
        for (const ServiceOffer &s : services.value()) {
            if (!s.bookable || !freeSlot.isEmpty())
                continue;
            const auto offered = store.services().bookableSlots(s.id, now.date().addDays(1), now.date().addDays(7));
            QVERIFY(offered.ok());
            for (const BookableSlot &slot : offered.value()) {
                if (slot.freePlaces() >= 2 && !slot.closed && freeSlot.isEmpty())
                    freeSlot = slot.id;
            }
        }
        QVERIFY2(!freeSlot.isEmpty(), "the demo has no free slot to book");
        // Booked with a phone (for staff to call if the server refuses it), and another one
        // without, which the visitor then cancels.
        const auto bookingDraft = store.services().prepareBooking(freeSlot, idNumber, QStringLiteral("138 1234 5678"));
        QVERIFY2(bookingDraft.ok(), qPrintable(why(bookingDraft)));
        const auto booking = store.services().book(bookingDraft.value());
        QVERIFY2(booking.ok(), qPrintable(why(booking)));
        const auto second = store.services().book(freeSlot, idNumber);
        QVERIFY2(second.ok(), qPrintable(why(second)));
        const auto withdrawn = store.services().cancelBooking(second->id, idNumber);
        QVERIFY2(withdrawn.ok(), qPrintable(why(withdrawn)));

        // The server reports the help given; then the visitor rates it.
        SyncQueue queue(db);
        ChangeSet done;
        done.requestStatuses.append({help->id, core::RequestState::Done, now.toUTC()});
        QVERIFY(queue.apply(done).ok());
        const auto rating = store.requests().rate(help->id, 5, {QStringLiteral("on_time"), QStringLiteral("rude")});
        QVERIFY2(rating.ok(), qPrintable(why(rating)));

        const auto call = store.requests().callStaff(QStringLiteral("help_at_kiosk"));
        QVERIFY2(call.ok(), qPrintable(why(call)));
        const auto assessment = store.requests().requestHomeAssessment(idNumber, QStringLiteral("13812345678"),
                                                                      QStringLiteral("三楼，无电梯"));
        QVERIFY2(assessment.ok(), qPrintable(why(assessment)));
        const auto waiver = store.requests().requestFeeWaiver(idNumber, QStringLiteral("010 8765 4321"));
        QVERIFY2(waiver.ok(), qPrintable(why(waiver)));

        // A volunteer checks in to today's task and out again (counted by the kiosk's timer:
        // servedMinutes), another checks in for station duty and staff check them out after a
        // restart (counted by the wall clock: no servedMinutes); a person registers by ID card.
        QString boot = QStringLiteral("boot-1");
        store.setMonotonicClock([&] { return MonotonicReading{boot, now.toMSecsSinceEpoch()}; });
        const QString volunteer = DemoData::volunteerNumbers().first();
        const auto day = store.volunteers().dayOf(volunteer);
        QVERIFY2(day.ok() && !day->assignments.isEmpty(), qPrintable(why(day)));
        const auto in = store.volunteers().checkIn(volunteer, day->assignments.first().id);
        QVERIFY2(in.ok(), qPrintable(why(in)));
        const QString onDuty = DemoData::volunteerNumbers().last();
        const auto duty = store.volunteers().checkIn(onDuty);
        QVERIFY2(duty.ok(), qPrintable(why(duty)));
        now = now.addSecs(2 * 3600 + 15 * 60);
        const auto out = store.volunteers().checkOut(volunteer);
        QVERIFY2(out.ok(), qPrintable(why(out)));
        boot = QStringLiteral("boot-2");
        const auto staffOut = store.volunteers().checkOut(onDuty, CheckOutBy::Staff);
        QVERIFY2(staffOut.ok(), qPrintable(why(staffOut)));
        VolunteerRegistrationDraft registration;
        registration.idNumber = idNumber;
        registration.name = QStringLiteral("王小明");
        registration.skills = {QStringLiteral("accompany_to_hospital"), QStringLiteral("first_aid")};
        registration.availability.set(Qt::Tuesday, QStringLiteral("morning"), true);
        registration.availability.set(Qt::Sunday, QStringLiteral("evening"), true);
        registration.phone = QStringLiteral("139 8765 4321");
        registration.consentVersion = QStringLiteral("2026-12");
        registration.consentAgreedAt = now;
        const auto registered = store.registrations().registerVolunteer(registration);
        QVERIFY2(registered.ok(), qPrintable(why(registered)));

        // The six certificate procedures, each with its one choice (apply also "not sure"):
        // every branch of CertificateApplicationPayload as the store writes it.
        const QList<QPair<core::CertificateProcedure, QString>> applications{
            {core::CertificateProcedure::Apply, QStringLiteral("3")},
            {core::CertificateProcedure::Apply, QString()},
            {core::CertificateProcedure::Renew, QStringLiteral("yes")},
            {core::CertificateProcedure::Renew, QStringLiteral("no")},
            {core::CertificateProcedure::Replace, QStringLiteral("lost")},
            {core::CertificateProcedure::Transfer, QStringLiteral("120104")},
            {core::CertificateProcedure::Transfer, QStringLiteral("outside_city")},
            {core::CertificateProcedure::Change, QStringLiteral("level")},
            {core::CertificateProcedure::Cancel, QStringLiteral("holder_died")},
        };
        for (const auto &[procedure, choice] : applications) {
            ApplicationDraft application;
            application.procedure = procedure;
            application.choice = choice;
            application.phone = QStringLiteral("138 1234 5678");
            const auto sent = store.applications().submit(idNumber, application);
            QVERIFY2(sent.ok(), qPrintable(core::CertificateProcedures::key(procedure) + u' ' + why(sent)));
        }

        // What the sync client would send: read through SyncQueue, framed as a PushBatch.
        const auto pending = queue.pending(100);
        QVERIFY(pending.ok());
        // Twenty-four of this test's, and the demo's help request still waiting to be sent.
        QCOMPARE(pending->size(), 25);
        core::wire::PushBatch batch;
        QSet<QString> kinds;
        for (const OutboxEntry &e : pending.value()) {
            batch.items.append({e.id, e.kind, e.createdAt, e.payload});
            kinds.insert(e.kind);
        }
        // Every kind the server takes is written by the kiosk now; a kind added to the wire
        // before the kiosk writes it goes in this list until it does.
        const QSet<QString> notWrittenByTheKioskYet;
        QVERIFY2(!kinds.intersects(notWrittenByTheKioskYet), "the store writes a kind listed as not written yet");
        const QStringList all = core::wire::RecordKind::all();
        QCOMPARE(kinds + notWrittenByTheKioskYet, QSet<QString>(all.begin(), all.end()));
        // Both shapes of a check-out reach the check: with servedMinutes (timer) and without.
        QStringList checkOuts;
        for (const OutboxEntry &e : pending.value()) {
            if (e.kind == u"check_out")
                checkOuts.append(e.payload.contains(QStringLiteral("servedMinutes")) ? QStringLiteral("timer")
                                                                                       : QStringLiteral("wall clock"));
        }
        checkOuts.sort();
        QCOMPARE(checkOuts, QStringList({"timer", "wall clock"}));
        // Every procedure reached the check, each with exactly its own choice field, and the
        // phone only in the payload.
        QSet<QString> procedures;
        for (const OutboxEntry &e : pending.value()) {
            if (e.kind != u"certificate_application")
                continue;
            procedures.insert(e.payload.value(QStringLiteral("procedure")).toString());
            QCOMPARE(e.payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13812345678"));
        }
        QCOMPARE(procedures, QSet<QString>({"apply", "renew", "replace", "transfer", "change", "cancel"}));
        batch.backlog = 0;
        const QJsonObject wire = QJsonDocument::fromJson(batch.toJson()).object();
        for (const QJsonValue &item : wire.value(QStringLiteral("items")).toArray())
            contract::recordSchemaSample(QStringLiteral("OutboxItem"), item);
        contract::recordSchemaSample(QStringLiteral("PushBatch"), wire);

        // Never an ID number on the wire, whole or in part: only the keyed visitorKey.
        const QByteArray text = batch.toJson();
        QVERIFY(!text.contains(idNumber.toLatin1()));
        QVERIFY(!text.contains(idNumber.mid(6, 8).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(OutboxContractTest)
#include "tst_outbox_contract.moc"
