// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/migrations.h"

#include "kiosk/store/database.h"

namespace store {

namespace {

// Version 1: the station, its certificate cache, the catalogue with bookable slots, the
// visitor's appointments, the outbox and the sync state.
const QStringList kStep1{
    QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    // Keyed by HMAC-SHA256(station secret, ID number): no plain ID number is ever stored.
    QStringLiteral("CREATE TABLE certificates("
                   " id_hash TEXT PRIMARY KEY,"
                   " masked_id TEXT NOT NULL,"
                   " category INTEGER NOT NULL CHECK(category BETWEEN 1 AND 7),"
                   " level INTEGER NOT NULL CHECK(level BETWEEN 1 AND 4),"
                   " replacement INTEGER NOT NULL DEFAULT 0,"
                   " state TEXT NOT NULL,"
                   " state_since TEXT,"
                   " issued_on TEXT,"
                   " valid_until TEXT,"
                   " pickup_place_zh TEXT NOT NULL DEFAULT '',"
                   " pickup_place_en TEXT NOT NULL DEFAULT '',"
                   " updated_at TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE services("
                   " id TEXT PRIMARY KEY, category TEXT NOT NULL,"
                   " name_zh TEXT NOT NULL, name_en TEXT NOT NULL,"
                   " offers_zh TEXT NOT NULL DEFAULT '', offers_en TEXT NOT NULL DEFAULT '',"
                   " eligibility_zh TEXT NOT NULL DEFAULT '', eligibility_en TEXT NOT NULL DEFAULT '',"
                   " bring_zh TEXT NOT NULL DEFAULT '', bring_en TEXT NOT NULL DEFAULT '',"
                   " hours_zh TEXT NOT NULL DEFAULT '', hours_en TEXT NOT NULL DEFAULT '',"
                   " bookable INTEGER NOT NULL DEFAULT 0, sort_order INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE slots("
                   " id TEXT PRIMARY KEY,"
                   " service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,"
                   " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,"
                   " capacity INTEGER NOT NULL CHECK(capacity >= 0),"
                   " taken INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX slots_by_service ON slots(service_id, starts_at)"),
    QStringLiteral("CREATE TABLE appointments("
                   " id TEXT PRIMARY KEY,"
                   " slot_id TEXT REFERENCES slots(id) ON DELETE SET NULL,"
                   " service_id TEXT NOT NULL, starts_at TEXT NOT NULL,"
                   " id_hash TEXT, queue_number INTEGER NOT NULL,"
                   " code TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE outbox("
                   " id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL,"
                   " created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                   " parked_reason TEXT, last_attempt_at TEXT) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE sync_state("
                   " id INTEGER PRIMARY KEY CHECK(id = 1),"
                   " cursor TEXT NOT NULL DEFAULT '', last_success TEXT, last_error TEXT, last_attempt TEXT)"),
    QStringLiteral("INSERT INTO sync_state(id) VALUES(1)"),
};

// Version 2: volunteer work: volunteers, their assignments, check-ins, help requests and
// ratings, and calls for staff.
const QStringList kStep2{
    QStringLiteral("CREATE TABLE volunteers("
                   " id TEXT PRIMARY KEY, volunteer_number TEXT NOT NULL UNIQUE,"
                   " name TEXT NOT NULL, served_half_hours INTEGER NOT NULL DEFAULT 0,"
                   " skills TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE assignments("
                   " id TEXT PRIMARY KEY,"
                   " volunteer_id TEXT NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,"
                   " day TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,"
                   " help_type TEXT NOT NULL DEFAULT '',"
                   " title_zh TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',"
                   " place_zh TEXT NOT NULL DEFAULT '', place_en TEXT NOT NULL DEFAULT '',"
                   " request_id TEXT)"),
    QStringLiteral("CREATE INDEX assignments_by_day ON assignments(day, starts_at)"),
    // No foreign key to volunteers: a check-in is the volunteer's own record and must outlive
    // a roster change from the server until it is delivered.
    QStringLiteral("CREATE TABLE volunteer_checks("
                   " id TEXT PRIMARY KEY, volunteer_id TEXT NOT NULL, assignment_id TEXT,"
                   " direction TEXT NOT NULL CHECK(direction IN ('in', 'out')),"
                   " at TEXT NOT NULL, served_half_hours INTEGER)"),
    QStringLiteral("CREATE INDEX volunteer_checks_by_volunteer ON volunteer_checks(volunteer_id, at)"),
    QStringLiteral("CREATE TABLE help_requests("
                   " id TEXT PRIMARY KEY, help_type TEXT NOT NULL, id_hash TEXT,"
                   " phone TEXT NOT NULL DEFAULT '', wanted_at TEXT, note TEXT NOT NULL DEFAULT '',"
                   " code TEXT NOT NULL UNIQUE, status TEXT NOT NULL DEFAULT 'submitted',"
                   " status_changed_at TEXT, created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX help_requests_by_holder ON help_requests(id_hash, created_at)"),
    QStringLiteral("CREATE TABLE ratings("
                   " id TEXT PRIMARY KEY,"
                   " request_id TEXT NOT NULL UNIQUE REFERENCES help_requests(id),"
                   " stars INTEGER NOT NULL CHECK(stars BETWEEN 1 AND 5),"
                   " created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE help_calls(id TEXT PRIMARY KEY, reason TEXT NOT NULL, created_at TEXT NOT NULL)"),
};

// Version 3: home-assessment and fee-waiver requests, and the indexes the sync client's
// queries need.
const QStringList kStep3{
    QStringLiteral("CREATE TABLE assessment_requests("
                   " id TEXT PRIMARY KEY,"
                   " kind TEXT NOT NULL CHECK(kind IN ('home_assessment', 'fee_waiver')),"
                   " id_hash TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
                   " code TEXT NOT NULL UNIQUE, status TEXT NOT NULL DEFAULT 'submitted',"
                   " status_changed_at TEXT, created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX outbox_parked ON outbox(id) WHERE parked_reason IS NOT NULL"),
    QStringLiteral("CREATE INDEX appointments_by_slot ON appointments(slot_id)"),
    QStringLiteral("CREATE INDEX appointments_by_service_day ON appointments(service_id, starts_at)"),
};

// Version 4: counting and listing the pending outbox without touching every payload (a
// station offline for weeks holds a long backlog). A partial index is not enough: SQLite still
// re-checks parked_reason in the table row for every entry, so the column goes in the index.
const QStringList kStep4{
    QStringLiteral("DROP INDEX outbox_parked"),
    QStringLiteral("CREATE INDEX outbox_queue ON outbox(parked_reason, id)"),
};

// Version 5: a help request says when (a day, or any day, and a part of the day), where (a kind
// of place, or one of the station's listed places) and which note phrases apply. The `note`
// column now holds the chosen note phrase keys, comma-separated: they can tell a disability, so
// they are blanked at delivery with the phone number (SyncQueue::acknowledge). Once a volunteer
// is found the change feed brings the volunteer's given name and the agreed time; a visitor's
// cancellation is its own outbox entry, named by cancel_id. Ratings keep their phrase keys.
const QStringList kStep5{
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN wanted_day TEXT"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN day_part TEXT NOT NULL DEFAULT 'any'"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN place_kind TEXT NOT NULL DEFAULT 'arrange'"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN place_id TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN volunteer_given_name TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN agreed_at TEXT"),
    QStringLiteral("ALTER TABLE help_requests ADD COLUMN cancel_id TEXT"),
    QStringLiteral("ALTER TABLE ratings ADD COLUMN phrase_keys TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE places("
                   " id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,"
                   " kind TEXT NOT NULL DEFAULT 'place' CHECK(kind IN ('hospital', 'place')),"
                   " sort_order INTEGER NOT NULL DEFAULT 0)"),
};

// Version 6: station services. A service says its official term, where it is (room or window),
// its weekly hours as core::WeeklyHours text, whether it gives walk-in queue numbers and their
// letter. A slot can be closed (a holiday: shown, never bookable). A booking keeps its state
// (the server owns capacity: provisional until it holds the place), the server's reason for a
// refusal, when it was cancelled and by which outbox entry, its end time, and the visitor's phone
// (optional; blanked at delivery, SyncQueue::acknowledge). Queue tickets are the kiosk's own:
// never sent, not personal data.
const QStringList kStep6{
    QStringLiteral("ALTER TABLE services ADD COLUMN official_zh TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE services ADD COLUMN official_en TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE services ADD COLUMN place_zh TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE services ADD COLUMN place_en TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE services ADD COLUMN weekly_hours TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE services ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE services ADD COLUMN queue_prefix TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE slots ADD COLUMN closed INTEGER NOT NULL DEFAULT 0"),
    // Bookings made before this version were never held on the server: provisional.
    QStringLiteral("ALTER TABLE appointments ADD COLUMN state TEXT NOT NULL DEFAULT 'provisional'"
                   " CHECK(state IN ('confirmed', 'provisional', 'refused', 'cancelled'))"),
    QStringLiteral("ALTER TABLE appointments ADD COLUMN refused_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE appointments ADD COLUMN cancelled_at TEXT"),
    QStringLiteral("ALTER TABLE appointments ADD COLUMN cancel_id TEXT"),
    QStringLiteral("ALTER TABLE appointments ADD COLUMN ends_at TEXT"),
    QStringLiteral("ALTER TABLE appointments ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX appointments_by_holder ON appointments(id_hash, starts_at)"),
    QStringLiteral("CREATE TABLE queue_tickets("
                   " id TEXT PRIMARY KEY, service_id TEXT NOT NULL, day TEXT NOT NULL,"
                   " number INTEGER NOT NULL CHECK(number >= 1), label TEXT NOT NULL,"
                   " taken_at TEXT NOT NULL, called_at TEXT, window_number INTEGER NOT NULL DEFAULT 0,"
                   " UNIQUE(service_id, day, number))"),
    QStringLiteral("CREATE INDEX queue_tickets_by_call ON queue_tickets(day, called_at)"),
};

// Version 7: volunteers register, check in and out, and see their hours. A registration made
// here keeps only what the kiosk needs to answer "where is my registration?" (its id, the
// person's keyed hash, its code and state, the number once approved or the reason once
// refused): name, phone and masked ID number live only in the outbox payload, gone at delivery.
// volunteer_keys says which keyed hash is which volunteer (learnt from an approved registration
// made here or the server's lookup), so a card finds its volunteer without any ID number kept.
// The roster brings the given name the kiosk greets by. A check-in keeps the boot it was made in
// and the monotonic clock then, so a check-out in the same boot counts served time even if the
// wall clock was moved; station duty keeps the coordinator's decision; a check-in records how it
// was closed (by the volunteer, by staff, expired after 16 h, or a clock that cannot be trusted)
// and an out row which check-in it closes. Check-ins of earlier versions already followed by a
// check-out of the same volunteer are closed, so none is taken for open.
const QStringList kStep7{
    QStringLiteral("CREATE TABLE volunteer_keys(visitor_key TEXT PRIMARY KEY, volunteer_number TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX volunteer_keys_by_number ON volunteer_keys(volunteer_number)"),
    QStringLiteral("CREATE TABLE volunteer_registrations("
                   " id TEXT PRIMARY KEY, visitor_key TEXT NOT NULL, code TEXT NOT NULL UNIQUE,"
                   " state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'approved', 'refused')),"
                   " volunteer_number TEXT, reason TEXT NOT NULL DEFAULT '',"
                   " created_at TEXT NOT NULL, changed_at TEXT)"),
    QStringLiteral("CREATE INDEX volunteer_registrations_by_key ON volunteer_registrations(visitor_key, created_at)"),
    QStringLiteral("ALTER TABLE volunteers ADD COLUMN given_name TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN boot_id TEXT"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN monotonic_ms INTEGER"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN duty_state TEXT NOT NULL DEFAULT ''"
                   " CHECK(duty_state IN ('', 'approved', 'refused'))"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN duty_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN closed_by TEXT NOT NULL DEFAULT ''"
                   " CHECK(closed_by IN ('', 'volunteer', 'staff', 'expired', 'clock'))"),
    QStringLiteral("ALTER TABLE volunteer_checks ADD COLUMN check_in_id TEXT"),
    QStringLiteral("UPDATE volunteer_checks SET closed_by = 'volunteer' WHERE direction = 'in' AND EXISTS("
                   "SELECT 1 FROM volunteer_checks o WHERE o.direction = 'out'"
                   " AND o.volunteer_id = volunteer_checks.volunteer_id AND o.at >= volunteer_checks.at)"),
    QStringLiteral("CREATE INDEX volunteer_checks_open ON volunteer_checks(direction, closed_by)"),
    QStringLiteral("CREATE INDEX volunteer_checks_by_check_in ON volunteer_checks(check_in_id)"),
};

// Version 8: certificate procedures sent from the kiosk (apply, renew, replace, transfer,
// change, cancel) with the status staff give them, and a cached certificate's report of loss.
// No phone and no masked ID number: they reach the server in the outbox payload only.
const QStringList kStep8{
    QStringLiteral("CREATE TABLE certificate_applications("
                   " id TEXT PRIMARY KEY,"
                   " id_hash TEXT NOT NULL,"
                   " procedure TEXT NOT NULL"
                   "  CHECK(procedure IN ('apply', 'renew', 'replace', 'transfer', 'change', 'cancel')),"
                   " choice TEXT NOT NULL DEFAULT '',"
                   " code TEXT NOT NULL,"
                   " created_at TEXT NOT NULL,"
                   " status TEXT NOT NULL DEFAULT 'submitted'"
                   "  CHECK(status IN ('submitted', 'accepted', 'done', 'refused')),"
                   " status_reason TEXT NOT NULL DEFAULT '',"
                   " pickup_zh TEXT NOT NULL DEFAULT '',"
                   " pickup_en TEXT NOT NULL DEFAULT '',"
                   " status_changed_at TEXT)"),
    QStringLiteral("CREATE INDEX certificate_applications_by_holder ON certificate_applications(id_hash, created_at)"),
    QStringLiteral("ALTER TABLE certificates ADD COLUMN reported_lost_on TEXT"),
};

// Version 9: whether a cached card's report of loss is the server's (staff and every station
// know) or only this kiosk's own mark, not yet confirmed. A mark already in the file is taken
// for the server's only where this kiosk sent no report of loss for the card: otherwise it
// may be the kiosk's own, and the next row from the server settles it.
const QStringList kStep9{
    QStringLiteral("ALTER TABLE certificates ADD COLUMN loss_confirmed INTEGER NOT NULL DEFAULT 0"
                   " CHECK(loss_confirmed IN (0, 1))"),
    QStringLiteral("UPDATE certificates SET loss_confirmed = 1 WHERE reported_lost_on IS NOT NULL AND NOT EXISTS("
                   " SELECT 1 FROM certificate_applications a WHERE a.id_hash = certificates.id_hash"
                   " AND a.procedure = 'replace' AND a.choice = 'lost')"),
};

// Version 10: staff handle the visitors' calls. A call is open until staff acknowledge it
// (someone is on the way) and then close it (dealt with), each with its time; still only the
// call's reason key and times, nobody's data. The calls made before this version were never
// listed anywhere staff could answer them: they are closed as they were made, not shown as new.
const QStringList kStep10{
    QStringLiteral("ALTER TABLE help_calls ADD COLUMN state TEXT NOT NULL DEFAULT 'open'"
                   " CHECK(state IN ('open', 'acknowledged', 'closed'))"),
    QStringLiteral("ALTER TABLE help_calls ADD COLUMN acknowledged_at TEXT"),
    QStringLiteral("ALTER TABLE help_calls ADD COLUMN closed_at TEXT"),
    QStringLiteral("UPDATE help_calls SET state = 'closed', closed_at = created_at"),
    QStringLiteral("CREATE INDEX help_calls_by_state ON help_calls(state, created_at)"),
};

} // namespace

int Migrations::latest()
{
    return 10;
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1: return kStep1;
    case 2: return kStep2;
    case 3: return kStep3;
    case 4: return kStep4;
    case 5: return kStep5;
    case 6: return kStep6;
    case 7: return kStep7;
    case 8: return kStep8;
    case 9: return kStep9;
    case 10: return kStep10;
    default: return {};
    }
}

Result<int> Migrations::apply(Database &db, int target)
{
    int version = db.schemaVersion();
    if (version < 0)
        return StoreError::storage(QStringLiteral("cannot read the schema version"));
    while (version < target && version < latest()) {
        const int next = version + 1;
        auto applied = db.write([&]() -> Result<void> {
            // Another process may have migrated while we waited for the write lock.
            if (db.schemaVersion() >= next)
                return {};
            for (const QString &statement : step(next)) {
                if (auto done = db.exec(statement); !done.ok()) {
                    StoreError error = done.error();
                    error.detail = QStringLiteral("migration %1: %2").arg(next).arg(error.detail);
                    return error;
                }
            }
            // PRAGMA takes no bound values; `next` is our own integer.
            if (auto done = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)); !done.ok())
                return done.error();
            return {};
        });
        if (!applied.ok())
            return applied.error();
        version = next;
    }
    return version;
}

} // namespace store
