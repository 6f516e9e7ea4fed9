// SPDX-License-Identifier: GPL-3.0-or-later
// Volunteers end to end over real HTTP on loopback: a real kiosk-server process (SQLite, or
// PostgreSQL with KIOSK_TEST_ENGINE=postgresql) and two kiosks at two stations of one district,
// each with its own store file and sync client. A person registers by ID card at kiosk A; the
// registration reaches the coordinator, who approves it; kiosk A hears the volunteer number,
// finds the volunteer by the same ID number and tells a second registration "registered
// already", and the volunteer row reaches kiosk B too. The volunteer serves an assignment at A
// and station duty at B (kiosk clocks set by the test): the coordinator approves the duty, both
// kiosks show one total, the sum; B's duty comes back approved, a second one refused with the
// coordinator's reason and not counted. Phone and ID number never stay in a kiosk's file.
#include "serverprocess.h"
#include "testkiosk.h"
#include "testdatabase.h"

#include "kiosk/store/database.h"
#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/store.h"
#include "kiosk/store/volunteerregistrationdraft.h"
#include "kiosk/sync/syncclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kiosksync::SyncClient;
using kiosksync::SyncSettings;
using core::VolunteerHours;

namespace {
// GB 11643's own example number, and a made-up one with a valid check digit: nobody real.
const QString kWang = QStringLiteral("11010519491231002X");
const QString kVisitor = QStringLiteral("110101199003071233");
const QString kPhone = QStringLiteral("13812345678");

VolunteerHours hours(double h)
{
    return VolunteerHours::fromHalfHours(qint64(h * 2));
}
} // namespace

/// One kiosk: its folder, store file, store, sync client, and the clocks the test moves (wall
/// clock in station local time, and a monotonic clock of one boot that moves with it).
/// A kiosk on the test's clocks: its wall clock and the boot its monotonic clock belongs to.
struct Kiosk : TestKiosk
{
    QString bootId;
    QDateTime now;

    Kiosk()
    {
        prepareStore = [this](store::Store &st) {
            st.setClock([this] { return now; });
            st.setMonotonicClock([this] { return store::MonotonicReading{bootId, now.toMSecsSinceEpoch()}; });
        };
    }
    /// Whether the store file (and its write-ahead log) holds `text` anywhere, deleted pages too.
    bool fileHolds(const QByteArray &text) const
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(storePath() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text))
                return true;
        }
        return false;
    }
};

class VolunteerEndToEndTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_scratch;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Kiosk> m_a; ///< station st1
    std::unique_ptr<Kiosk> m_b; ///< station st2, same district
    const QDate m_today = QDate::currentDate();

    QString admin(const QStringList &args)
    {
        QString out;
        const int status = m_server->admin(args, &out);
        if (status != 0)
            qWarning("admin %s: %d: %s", qPrintable(args.join(u' ')), status, qPrintable(out));
        return status == 0 ? out : QStringLiteral("(failed)");
    }
    QDateTime at(int hour, int minute = 0) const { return QDateTime(m_today, QTime(hour, minute)); }

    static store::VolunteerRegistrationDraft draftFor(const QString &idNumber, const QDateTime &when)
    {
        store::VolunteerRegistrationDraft d;
        d.idNumber = idNumber;
        d.name = QStringLiteral("王芳");
        d.skills = {QStringLiteral("sign_language"), QStringLiteral("driving")};
        d.availability.set(Qt::Tuesday, QStringLiteral("morning"), true);
        d.availability.set(Qt::Saturday, QStringLiteral("afternoon"), true);
        d.phone = QStringLiteral("138 1234 5678");
        d.consentVersion = QStringLiteral("2026-12");
        d.consentAgreedAt = when;
        return d;
    }

    /// Registers `idNumber` at kiosk A, delivers it, has the coordinator approve it and both
    /// kiosks fetch the news; the volunteer number, empty on failure (the test has failed then).
    QString registerAndApprove(const QString &idNumber)
    {
        const auto registered = m_a->keyed().registrations().registerVolunteer(draftFor(idNumber, m_a->now));
        if (!registered.ok()) {
            qWarning("registration refused: %s", qPrintable(registered.error().message.english()));
            return {};
        }
        if (!m_a->round())
            return {};
        const QString approved = admin({"approve", registered->id});
        static const QRegularExpression numberShape(QStringLiteral("volunteer number (\\S+)"));
        const QString number = numberShape.match(approved).captured(1);
        if (number.isEmpty() || !m_a->round() || !m_b->round())
            return {};
        return number;
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<TestDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_server = std::make_unique<ServerProcess>(m_scratch->urlText());
        // st1 is the demo station (district "Demo district"); st2 another station of it.
        QVERIFY(admin({"demo-seed", "--station-id", "st1", "--enrollment-code", "CODE-ONE"}) != u"(failed)");
        QVERIFY(admin({"station-create", "--station-id", "st2", "--name", "Second station", "--district", "Demo district",
                       "--enrollment-code", "CODE-TWO"}) != u"(failed)");
        QVERIFY(m_server->start());
        m_a = std::make_unique<Kiosk>();
        m_a->enrollmentCode = QStringLiteral("CODE-ONE");
        m_a->bootId = QStringLiteral("boot-a");
        m_a->now = at(8, 30);
        m_b = std::make_unique<Kiosk>();
        m_b->enrollmentCode = QStringLiteral("CODE-TWO");
        m_b->bootId = QStringLiteral("boot-b");
        m_b->now = at(8, 30);
        for (Kiosk *k : {m_a.get(), m_b.get()}) {
            QVERIFY(k->start(m_server->baseUrl()));
            QVERIFY(k->round());
        }
    }

    void cleanup()
    {
        for (auto *k : {&m_a, &m_b}) {
            if (*k)
                (*k)->st.reset();
            if (*k && (*k)->client)
                (*k)->client->stop();
            k->reset();
        }
        m_server.reset();
        m_scratch.reset();
    }

    void aRegistrationApprovedOnTheServerFindsTheVolunteerByTheSameCard()
    {
        store::Store &a = m_a->keyed();
        const auto registered = a.registrations().registerVolunteer(draftFor(kWang, m_a->now));
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message.english()));
        QCOMPARE(registered->state, store::RegistrationState::Pending);
        QVERIFY(!registered->code.isEmpty());
        // Until it is delivered, the phone waits in the outbox (so the file check below can see it).
        QVERIFY(m_a->fileHolds(kPhone.toLatin1()));
        QVERIFY(m_a->round());
        QCOMPARE(m_a->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

        // The coordinator sees it waiting, with the name and the masked number only.
        const QString pending = admin({"volunteers", "--pending"});
        QVERIFY2(pending.contains(registered->id) && pending.contains(QStringLiteral("王芳 (芳)"))
                     && pending.contains(QStringLiteral("110105********002X")) && pending.contains(u"sign_language"),
                 qPrintable(pending));
        QVERIFY(!pending.contains(kWang) && !pending.contains(kPhone));

        const QString approved = admin({"approve", registered->id});
        static const QRegularExpression numberShape(QStringLiteral("volunteer number (TJ-V-\\d{6})"));
        const QString number = numberShape.match(approved).captured(1);
        QVERIFY2(!number.isEmpty(), qPrintable(approved));

        // Kiosk A hears the decision and the volunteer row; the same card finds the volunteer.
        QVERIFY(m_a->round());
        const auto mine = a.registrations().registrationOf(kWang);
        QVERIFY(mine.ok() && mine->has_value());
        QCOMPARE(mine->value().id, registered->id);
        QCOMPARE(mine->value().state, store::RegistrationState::Approved);
        QCOMPARE(mine->value().volunteerNumber, number);
        const auto byCard = a.volunteers().volunteerOfIdNumber(kWang);
        QVERIFY2(byCard.ok() && byCard->has_value(), "the approved card is the volunteer's at the kiosk that registered it");
        QCOMPARE(byCard->value().number, number);
        QCOMPARE(byCard->value().name, QStringLiteral("王芳"));
        QCOMPARE(byCard->value().givenName, QStringLiteral("芳"));
        QCOMPARE(byCard->value().skills, QStringList({"sign_language", "driving"}));
        // Typed on the keypad as the number's last digits, too.
        const auto typed = a.volunteers().findVolunteer(QString::number(number.right(6).toInt()));
        QVERIFY(typed.ok() && typed->has_value());
        QCOMPARE(typed->value().number, number);

        // Registering the same card again is told the number instead of making a second record.
        const auto again = a.registrations().registerVolunteer(draftFor(kWang, m_a->now));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, store::StoreError::Kind::AlreadyDone);
        QVERIFY2(again.error().message.english().contains(number), qPrintable(again.error().message.english()));
        QCOMPARE(m_a->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

        // The volunteer row reaches the district's other station.
        QVERIFY(m_b->round());
        const auto atB = m_b->keyed().volunteers().volunteer(number);
        QVERIFY(atB.ok() && atB->has_value());
        QCOMPARE(atB->value().givenName, QStringLiteral("芳"));

        // Delivered and decided: the phone left kiosk A's file, the ID number was never in it.
        QVERIFY(!m_a->fileHolds(kPhone.toLatin1()));
        QVERIFY(!m_a->fileHolds(kWang.toLatin1()) && !m_a->fileHolds("19491231"));
    }

    void hoursFromTwoStationsOfOneDistrictAddUpAndStationDutyComesBackDecided()
    {
        const QString number = registerAndApprove(kWang);
        QVERIFY(!number.isEmpty());

        // A visitor at station A asks for sign language; the coordinator gives the volunteer
        // the assignment, today at 09:00 at the station.
        store::HelpRequestDraft help;
        help.type = core::HelpType::SignLanguage;
        help.idNumber = kVisitor;
        help.dayPart = core::DayPart::Any;
        help.place = {core::PlaceKind::Station, {}};
        const auto asked = m_a->keyed().requests().submitHelpRequest(help);
        QVERIFY(asked.ok());
        QVERIFY(m_a->round());
        QVERIFY(admin({"assign", "--request", asked->id, "--volunteer", number, "--at",
                       m_today.toString(Qt::ISODate) + QStringLiteral("T09:00")}) != u"(failed)");
        QVERIFY(m_a->round());

        // Station A: the assignment from 09:05 to 11:35, counted at once: 2.5 h.
        m_a->now = at(9, 5);
        const auto day = m_a->keyed().volunteers().dayOf(number);
        QVERIFY(day.ok());
        QCOMPARE(day->assignments.size(), 1);
        const QString assignmentId = day->assignments.first().id;
        QVERIFY(m_a->keyed().volunteers().checkIn(number, assignmentId).ok());
        m_a->now = at(11, 35);
        const auto outA = m_a->keyed().volunteers().checkOut(number);
        QVERIFY2(outA.ok(), qPrintable(outA.ok() ? QString() : outA.error().message.english()));
        QCOMPARE(outA->servedNow, hours(2.5));
        QCOMPARE(outA->notYetSent, hours(2.5));

        // Station B: station duty from 14:00 to 16:00, and a second one from 17:00 to 18:00.
        m_b->now = at(14, 0);
        const auto dutyIn = m_b->keyed().volunteers().checkIn(number);
        QVERIFY(dutyIn.ok());
        QVERIFY(dutyIn->stationDuty);
        m_b->now = at(16, 0);
        const auto dutyOut = m_b->keyed().volunteers().checkOut(number);
        QVERIFY(dutyOut.ok());
        QVERIFY(dutyOut->stationDuty);
        m_b->now = at(17, 0);
        const auto secondIn = m_b->keyed().volunteers().checkIn(number);
        QVERIFY(secondIn.ok());
        m_b->now = at(18, 0);
        QVERIFY(m_b->keyed().volunteers().checkOut(number).ok());
        const auto waiting = m_b->keyed().volunteers().hoursOf(number);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->waitingForApproval, hours(3));

        // Both deliver; nothing is refused.
        QVERIFY(m_a->round());
        QVERIFY(m_b->round());
        for (Kiosk *k : {m_a.get(), m_b.get()}) {
            QCOMPARE(k->client->parked(), 0);
            QCOMPARE(k->client->pending(), 0);
        }

        // The coordinator approves the first duty and refuses the second.
        const QString duty = admin({"duty", "--pending"});
        QVERIFY2(duty.contains(dutyIn->id) && duty.contains(secondIn->id), qPrintable(duty));
        QVERIFY(admin({"approve-duty", dutyIn->id}) != u"(failed)");
        QVERIFY(admin({"reject-duty", secondIn->id, "--reason", "不在排班内"}) != u"(failed)");

        // One total at both kiosks: 2.5 h at A and 2 h at B.
        for (Kiosk *k : {m_a.get(), m_b.get()}) {
            QVERIFY(k->round());
            const auto summary = k->keyed().volunteers().hoursOf(number);
            QVERIFY(summary.ok());
            QCOMPARE(summary->serverTotal, hours(4.5));
            QCOMPARE(summary->total, hours(4.5));
            QCOMPARE(summary->notYetSent, VolunteerHours());
            QCOMPARE(summary->waitingForApproval, VolunteerHours());
        }
        // Kiosk B shows its duties as decided: the refused one with the coordinator's reason.
        const auto atB = m_b->keyed().volunteers().hoursOf(number).value();
        QCOMPARE(atB.recent.size(), 2);
        QCOMPARE(atB.recent[0].state, store::ServedPeriod::State::Refused); // newest first
        QCOMPARE(atB.recent[0].reason.in(u"en"), QStringLiteral("the coordinator's reason: 不在排班内"));
        QCOMPARE(atB.recent[1].state, store::ServedPeriod::State::Counted);
        QCOMPARE(atB.recent[1].hours, hours(2));
        const auto atA = m_a->keyed().volunteers().hoursOf(number).value();
        QCOMPARE(atA.recent.size(), 1);
        QCOMPARE(atA.recent[0].state, store::ServedPeriod::State::Counted);

        // The server's own record agrees.
        const QString report = admin({"volunteer-hours", "--volunteer", number, "--json"});
        const QJsonObject json =
            QJsonDocument::fromJson(report.mid(report.indexOf(u'{'), report.lastIndexOf(u'}') - report.indexOf(u'{') + 1).toUtf8())
                .object();
        QVERIFY2(!json.isEmpty(), qPrintable(report));
        QCOMPARE(json.value(QStringLiteral("hoursTotal")).toDouble(), 4.5);
        QCOMPARE(json.value(QStringLiteral("hoursCounted")).toDouble(), 4.5);
    }
};

KIOSK_STORAGE_TEST_MAIN(VolunteerEndToEndTest)
#include "tst_volunteer_e2e.moc"
