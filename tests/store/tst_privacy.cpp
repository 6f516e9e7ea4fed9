// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/certificatekey.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

/// @brief No plain ID number ever reaches the store file or its write-ahead log, and no phone
/// number or note stays there once the server has the record.
class TestPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // Every form a number could take in the file: UTF-8 text, UTF-16 (either byte order), and
    // the 17 digits without the check character (for a phone: its first ten digits).
    static QList<QByteArray> formsOf(const QString &id)
    {
        QList<QByteArray> forms{id.toUtf8(), id.left(id.size() > 12 ? 17 : 10).toUtf8()};
        QByteArray le, be;
        for (QChar c : id) {
            le.append(char(c.unicode() & 0xFF)).append('\0');
            be.append('\0').append(char(c.unicode() & 0xFF));
        }
        return forms << le << be;
    }

    static QStringList foundIn(const QByteArray &bytes, const QStringList &ids)
    {
        QStringList found;
        for (const QString &id : ids) {
            for (const QByteArray &form : formsOf(id)) {
                if (bytes.contains(form)) {
                    found.append(id);
                    break;
                }
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void noPlainIdNumberAtRest()
    {
        const QString path = m_dir.filePath(u"privacy.db"_qs);
        const QByteArray marker = "PRIVACY-SCAN-CONTROL-7f3a";
        QStringList ids;
        for (const auto &person : DemoData::people())
            ids.append(person.idNumber);
        ids.append(DemoData::idNumberWithoutCertificate());
        ids.append(u"110101199003071233"_qs);

        Database db(path);
        QVERIFY(db.open().ok());
        Store st(db, "station-secret");
        QVERIFY(DemoData::install(st, QDate::currentDate()).ok());
        for (const QString &id : ids) {
            QVERIFY(st.certificates().lookupCertificate(id).ok());
            HelpRequestDraft draft;
            draft.type = core::HelpType::ReadingAndForms;
            draft.idNumber = id;
            draft.noteKeys = {u"blind"_qs};
            QVERIFY(st.requests().submitHelpRequest(draft).ok());
            QVERIFY(st.requests().requestHomeAssessment(id, u"13812345678"_qs, QString::fromLatin1(marker)).ok());
            QVERIFY(st.requests().requestFeeWaiver(id.toLower(), {}).ok());
        }
        const auto offered = st.services().bookableSlots(u"certificate"_qs, QDate::currentDate(), QDate::currentDate().addDays(7)).value();
        bool booked = false;
        for (const BookableSlot &slot : offered) {
            if (slot.freePlaces() > 0 && !slot.closed && slot.startsAt > st.now()) {
                QVERIFY(st.services().book(slot.id, ids.first()).ok());
                booked = true;
                break;
            }
        }
        QVERIFY2(booked, "no bookable slot: the appointments table would go unscanned");

        // While open, the latest pages sit in the -wal file.
        const QByteArray wal = bytesOf(path + u"-wal"_qs);
        const QByteArray main = bytesOf(path);
        QVERIFY2(!wal.isEmpty(), "expected a write-ahead log while the store is open");
        // The scan must be able to see what was written (control), or it proves nothing.
        QVERIFY((wal + main).contains(marker));
        QCOMPARE(foundIn(wal, ids), QStringList());
        QCOMPARE(foundIn(main, ids), QStringList());

        db.close(); // checkpoints the log into the main file
        const QByteArray after = bytesOf(path) + bytesOf(path + u"-wal"_qs);
        QVERIFY(after.contains(marker));
        QCOMPARE(foundIn(after, ids), QStringList());
    }

    void noPhoneNumberOrNoteOnceDelivered()
    {
        const QString path = m_dir.filePath(u"delivered.db"_qs);
        const QStringList phonesOfRequests = {u"13812345678"_qs, u"15987654321"_qs, u"01062345678"_qs, u"075587654321"_qs};
        const QString note = u"NOTE-PRIVACY-CONTROL-91c2"_qs;
        // The help request's note is a phrase key; it tells a disability, so it goes too.
        const QByteArray noteKey = "deaf_please_write";
        const QString id = DemoData::people()[2].idNumber;

        Database db(path);
        QVERIFY(db.open().ok());
        Store st(db, "station-secret");
        QVERIFY(DemoData::install(st, QDate::currentDate()).ok());
        for (const QString &phone : phonesOfRequests) {
            HelpRequestDraft draft;
            draft.type = core::HelpType::AccompanyToHospital;
            draft.idNumber = id;
            draft.phone = phone.left(3) + u' ' + phone.mid(3); // typed with a space, kept as digits
            draft.noteKeys = {QString::fromLatin1(noteKey)};
            QVERIFY(st.requests().submitHelpRequest(draft).ok());
            QVERIFY(st.requests().requestHomeAssessment(id, phone, note).ok());
        }
        // A booking's phone (for staff to call if the server refuses it) goes at delivery too.
        const QString bookingPhone = u"13698765432"_qs;
        bool booked = false;
        for (const BookableSlot &slot : st.services().bookableSlots(u"certificate"_qs, QDate::currentDate(),
                                                                    QDate::currentDate().addDays(7)).value()) {
            if (booked || slot.freePlaces() == 0 || slot.closed || slot.startsAt <= st.now())
                continue;
            auto draft = st.services().prepareBooking(slot.id, id, bookingPhone);
            QVERIFY(draft.ok());
            QVERIFY(st.services().book(draft.value()).ok());
            booked = true;
        }
        QVERIFY2(booked, "no bookable slot: the booking's phone would go unscanned");
        const QStringList phones = phonesOfRequests + QStringList{bookingPhone};
        // Control: before delivery the scan finds every number, so it can fail.
        const QByteArray before = bytesOf(path) + bytesOf(path + u"-wal"_qs);
        QCOMPARE(foundIn(before, phones), phones);
        QVERIFY(before.contains(note.toUtf8()));
        QVERIFY(before.contains(noteKey));

        // The server acknowledges everything: phones and notes go at once, from the file and its log.
        SyncQueue queue(db);
        QStringList ids;
        for (const OutboxEntry &e : queue.pending(1000).value())
            ids.append(e.id);
        QVERIFY(ids.size() >= 2 * phonesOfRequests.size() + 1);
        QVERIFY(queue.acknowledge(ids).ok());
        QCOMPARE(foundIn(bytesOf(path + u"-wal"_qs), phones), QStringList());
        QCOMPARE(foundIn(bytesOf(path), phones), QStringList());
        QVERIFY(!(bytesOf(path) + bytesOf(path + u"-wal"_qs)).contains(note.toUtf8()));
        QVERIFY(!(bytesOf(path) + bytesOf(path + u"-wal"_qs)).contains(noteKey));
        QCOMPARE(foundIn(bytesOf(path) + bytesOf(path + u"-wal"_qs), {id}), QStringList());

        db.close();
        const QByteArray after = bytesOf(path) + bytesOf(path + u"-wal"_qs);
        QCOMPARE(foundIn(after, phones), QStringList());
        QVERIFY(!after.contains(note.toUtf8()));
        QVERIFY(!after.contains(noteKey));
    }

    void differentStationsDifferentKeys()
    {
        CertificateKey a("station-a"), b("station-b");
        const QString id = u"110101199003071233"_qs;
        QCOMPARE(a.of(id).size(), 64);
        QVERIFY(a.of(id) != b.of(id));
        // One person, one key, however the number was typed (15-digit form included).
        QCOMPARE(a.of(u"11010519491231002X"), a.of(u"110105491231002"));
        QCOMPARE(a.of(u"11010519491231002X"), a.of(u"110105 19491231 002x"));
        QVERIFY(!a.of(id).contains(id));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
