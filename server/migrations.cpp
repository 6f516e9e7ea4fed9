// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/migrations.h"

namespace server {

QList<QStringList> Migrations::steps(DatabaseUrl::Engine engine)
{
    const bool pg = engine == DatabaseUrl::Engine::Postgres;
    const QString real = pg ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    QList<QStringList> all;

    // 1: stations, records pushed by kiosks, the change feed and the server-owned data it carries.
    all.append(QStringList{
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stations ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL, revoked_at BIGINT,"
                       " token_hash TEXT UNIQUE, cache_key TEXT NOT NULL,"
                       " enrollment_code_hash TEXT UNIQUE, enrollment_expires_at BIGINT,"
                       " last_contact_at BIGINT, backlog INTEGER)"),
        QStringLiteral("CREATE TABLE records ("
                       " id TEXT PRIMARY KEY, station_id TEXT NOT NULL REFERENCES stations(id),"
                       " kind TEXT NOT NULL, payload TEXT NOT NULL, kiosk_created_at TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL, status TEXT NOT NULL,"
                       " status_changed_at BIGINT NOT NULL, visitor_key TEXT)"),
        QStringLiteral("CREATE INDEX records_station ON records (station_id, received_at)"),
        // A single-row counter updated inside the writing transaction: on PostgreSQL its row
        // lock makes change numbers commit in order, so a reader's cursor can never pass a
        // number whose row is still uncommitted (a plain sequence would allow that).
        QStringLiteral("CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO change_counter (id, last_seq) VALUES (1, 0)"),
        // station_id '*' marks city-wide rows (the catalogue), so one index serves both.
        QStringLiteral("CREATE TABLE changes ("
                       " seq BIGINT PRIMARY KEY, station_id TEXT NOT NULL, entity TEXT NOT NULL,"
                       " entity_key TEXT NOT NULL, data TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_station ON changes (station_id, seq)"),
        QStringLiteral("CREATE TABLE services ("
                       " code TEXT PRIMARY KEY, category TEXT NOT NULL, name_zh TEXT NOT NULL,"
                       " name_en TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE volunteers ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',"
                       " station_id TEXT REFERENCES stations(id), skills TEXT NOT NULL DEFAULT '',"
                       " hours_total %1 NOT NULL DEFAULT 0, registered_at BIGINT NOT NULL)").arg(real),
        QStringLiteral("CREATE TABLE certificates ("
                       " id_number TEXT PRIMARY KEY, holder_name TEXT NOT NULL,"
                       " category INTEGER NOT NULL, level INTEGER NOT NULL, status TEXT NOT NULL,"
                       " valid_until TEXT NOT NULL DEFAULT '', station_id TEXT REFERENCES stations(id),"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE assignments ("
                       " id TEXT PRIMARY KEY, record_id TEXT NOT NULL REFERENCES records(id),"
                       " volunteer_id TEXT NOT NULL REFERENCES volunteers(id), station_id TEXT NOT NULL,"
                       " assigned_at BIGINT NOT NULL, hours %1)").arg(real),
    });

    // 2: the certificate row the kiosk's timeline needs (the day the state began, the issue day,
    // where to collect it, the Bn replacement number) and the audit of online lookups. The audit
    // keeps the ID number masked only; `other_district` marks a holder whose certificate belongs
    // to another district than the asking station's (visitors move; they are still answered).
    all.append(QStringList{
        QStringLiteral("ALTER TABLE certificates ADD COLUMN state_since TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN issued_on TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN pickup_place_zh TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN pickup_place_en TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN replacement INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE lookup_audit (id %1,"
                       " at BIGINT NOT NULL, station_id TEXT NOT NULL, id_number_masked TEXT NOT NULL,"
                       " outcome TEXT NOT NULL, other_district INTEGER NOT NULL DEFAULT 0)")
            .arg(pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY")),
        QStringLiteral("CREATE INDEX lookup_audit_station ON lookup_audit (station_id, at)"),
    });

    // 3: volunteer help from request to rating. Volunteers may name their given name (else it is
    // taken from the name) and the parts of the day they can come (';'-separated core::DayParts
    // keys, empty = any). An assignment keeps the agreed time and when it was withdrawn (a
    // cancelled request); a withdrawn one stays for the record but is no longer open. Ratings
    // are one per request, counted to the volunteer who gave the help. Places are the stations'
    // lists of hospitals and other meeting places ('*' = every station).
    all.append(QStringList{
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN given_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN availability TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE assignments ADD COLUMN agreed_at TEXT"),
        QStringLiteral("ALTER TABLE assignments ADD COLUMN withdrawn_at BIGINT"),
        QStringLiteral("CREATE INDEX assignments_record ON assignments (record_id)"),
        QStringLiteral("CREATE INDEX assignments_volunteer ON assignments (volunteer_id)"),
        QStringLiteral("CREATE TABLE ratings ("
                       " id TEXT PRIMARY KEY REFERENCES records(id), request_id TEXT NOT NULL UNIQUE REFERENCES records(id),"
                       " volunteer_id TEXT REFERENCES volunteers(id), stars INTEGER NOT NULL,"
                       " phrase_keys TEXT NOT NULL DEFAULT '', received_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ratings_volunteer ON ratings (volunteer_id)"),
        QStringLiteral("CREATE TABLE places ("
                       " id TEXT PRIMARY KEY, station_id TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,"
                       " kind TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL)"),
    });
    // 4: station services in full (the texts a visitor reads, the weekly pattern, how a time is
    // booked or a number taken), their bookable times per station and the bookings the server
    // holds. A slot's id is the same at every station ("<service>-<yyyyMMdd>-<HHmm>"), so the
    // station is part of its key. Times are the station's wall clock, "yyyy-MM-ddTHH:mm:ss".
    // A booking's id is the kiosk's record id; its phone is kept only while staff need it (a
    // refused booking they call about).
    QStringList services;
    for (const char *column : {"official_zh", "official_en", "offers_zh", "offers_en", "eligibility_zh", "eligibility_en",
                               "bring_zh", "bring_en", "hours_zh", "hours_en", "place_zh", "place_en", "weekly_hours",
                               "queue_prefix"})
        services.append(QStringLiteral("ALTER TABLE services ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(QLatin1String(column)));
    for (const char *column : {"slot_minutes", "capacity", "bookable", "walk_in", "sort_order"})
        services.append(QStringLiteral("ALTER TABLE services ADD COLUMN %1 INTEGER NOT NULL DEFAULT 0").arg(QLatin1String(column)));
    services.append(QStringLiteral("CREATE TABLE slots ("
                                   " id TEXT NOT NULL, station_id TEXT NOT NULL REFERENCES stations(id),"
                                   " service_code TEXT NOT NULL REFERENCES services(code),"
                                   " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, capacity INTEGER NOT NULL,"
                                   " taken INTEGER NOT NULL DEFAULT 0, closed INTEGER NOT NULL DEFAULT 0,"
                                   " updated_at BIGINT NOT NULL, PRIMARY KEY (station_id, id),"
                                   " CHECK (taken >= 0 AND capacity >= 0))"));
    services.append(QStringLiteral("CREATE INDEX slots_day ON slots (station_id, service_code, starts_at)"));
    services.append(QStringLiteral("CREATE TABLE bookings ("
                                   " id TEXT PRIMARY KEY, station_id TEXT NOT NULL REFERENCES stations(id),"
                                   " slot_id TEXT NOT NULL, service_code TEXT NOT NULL, starts_at TEXT NOT NULL,"
                                   " code TEXT NOT NULL, visitor_key TEXT, phone TEXT,"
                                   " status TEXT NOT NULL CHECK (status IN ('confirmed', 'refused', 'cancelled')),"
                                   " reason TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, changed_at BIGINT NOT NULL)"));
    services.append(QStringLiteral("CREATE INDEX bookings_station ON bookings (station_id, status, starts_at)"));
    all.append(services);

    // 5: volunteers who register at a kiosk, their numbers, and the time they serve.
    // A registration waits for a coordinator; the unique index lets one person (one visitorKey
    // at one station) have only one registration that is not refused, even when two kiosks of
    // a station push at once. Its name, phone and masked ID number are cleared when it is
    // refused. A volunteer's district (empty for imported ones) is the change feed scope its
    // row reaches: every station of that district. volunteer_numbers hands out numbers per
    // prefix in the approving transaction, so they are sequential without gaps.
    // volunteer_checks: one row per check-in (its record id), closed by its check-out; times are
    // the kiosk's clock in ms (data, as the kiosk saw it), ends_at the end of the served span
    // (check-in plus the kiosk's monotonic served minutes when sent). duty_status is empty for
    // an assignment, else pending / approved / refused (station duty waits for a coordinator);
    // counted marks the hours added to the volunteer's total.
    all.append(QStringList{
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN district TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN week_availability TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN id_type TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE volunteers ADD COLUMN id_number_masked TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE volunteer_registrations ("
                       " id TEXT PRIMARY KEY REFERENCES records(id), station_id TEXT NOT NULL REFERENCES stations(id),"
                       " visitor_key TEXT NOT NULL, name TEXT NOT NULL, given_name TEXT NOT NULL,"
                       " id_type TEXT NOT NULL DEFAULT '', id_number_masked TEXT NOT NULL DEFAULT '',"
                       " skills TEXT NOT NULL DEFAULT '', availability TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '', consent_version TEXT NOT NULL, consent_agreed_at TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),"
                       " reason TEXT NOT NULL DEFAULT '', volunteer_id TEXT REFERENCES volunteers(id),"
                       " received_at BIGINT NOT NULL, decided_at BIGINT)"),
        QStringLiteral("CREATE UNIQUE INDEX volunteer_registrations_person ON volunteer_registrations"
                       " (station_id, visitor_key) WHERE status <> 'refused'"),
        QStringLiteral("CREATE INDEX volunteer_registrations_status ON volunteer_registrations (status, received_at)"),
        QStringLiteral("CREATE TABLE volunteer_numbers (prefix TEXT PRIMARY KEY, last_number BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE volunteer_checks ("
                       " id TEXT PRIMARY KEY REFERENCES records(id), volunteer_id TEXT NOT NULL REFERENCES volunteers(id),"
                       " station_id TEXT NOT NULL REFERENCES stations(id), assignment_id TEXT,"
                       " checked_in_at BIGINT NOT NULL, check_out_id TEXT UNIQUE, checked_out_at BIGINT, ends_at BIGINT,"
                       " half_hours INTEGER NOT NULL DEFAULT 0,"
                       " duty_status TEXT NOT NULL DEFAULT '' CHECK (duty_status IN ('', 'pending', 'approved', 'refused')),"
                       " duty_reason TEXT NOT NULL DEFAULT '', counted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX volunteer_checks_volunteer ON volunteer_checks (volunteer_id, checked_in_at)"),
    });

    // 6: certificate procedures a visitor starts at a kiosk (issue 13), a queue for staff.
    // certificate_keys remembers which key a station was sent for which certificate (feed rows
    // and lookup answers), so a pushed application's visitorKey finds its certificate: the
    // server never gets the ID number from the kiosk. choice is the procedure's one choice in
    // the kiosk store's words ('' none); the phone is cleared once done or refused.
    all.append(QStringList{
        QStringLiteral("ALTER TABLE certificates ADD COLUMN reported_lost_on TEXT"),
        QStringLiteral("CREATE TABLE certificate_keys ("
                       " station_id TEXT NOT NULL REFERENCES stations(id), key TEXT NOT NULL,"
                       " id_number TEXT NOT NULL REFERENCES certificates(id_number), PRIMARY KEY (station_id, key))"),
        QStringLiteral("CREATE TABLE certificate_applications ("
                       " id TEXT PRIMARY KEY REFERENCES records(id), station_id TEXT NOT NULL REFERENCES stations(id),"
                       " procedure TEXT NOT NULL, choice TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'done', 'refused')),"
                       " reason TEXT NOT NULL DEFAULT '', visitor_key TEXT NOT NULL, id_number_masked TEXT NOT NULL,"
                       " phone TEXT NOT NULL DEFAULT '', code TEXT NOT NULL, certificate_found INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL, status_changed_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX certificate_applications_queue ON certificate_applications (status, created_at)"),
    });

    // 7: when the visitor sent an application (the payload's createdAt, kiosk clock in ms): an
    // offline kiosk may push days later, and the queue is in the visitor's order. Applications
    // received before take their received time.
    all.append(QStringList{
        QStringLiteral("ALTER TABLE certificate_applications ADD COLUMN kiosk_created_at BIGINT"),
        QStringLiteral("UPDATE certificate_applications SET kiosk_created_at = created_at"),
        QStringLiteral("CREATE INDEX certificate_applications_by_sent ON certificate_applications (status, kiosk_created_at)"),
    });

    // 8: a lost enrollment answer can be retried. The spent code's and the kiosk's nonce's hashes
    // and when the code was spent let the same code with the same nonce get the same credential
    // once more within a short window (the token itself is derived again, never stored).
    all.append(QStringList{
        QStringLiteral("ALTER TABLE stations ADD COLUMN spent_code_hash TEXT"),
        QStringLiteral("ALTER TABLE stations ADD COLUMN spent_nonce_hash TEXT"),
        QStringLiteral("ALTER TABLE stations ADD COLUMN spent_at BIGINT"),
        QStringLiteral("ALTER TABLE stations ADD COLUMN retry_used INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX stations_spent_code ON stations (spent_code_hash)"),
    });

    // 9: ID numbers and stations' cache keys sealed at rest (Sealer; with both in plain, anyone
    // holding a copy of the database could undo the kiosks' HMAC'd visitor keys). A certificate
    // is found by id_index, a keyed blind index of its number (the primary key, as the number
    // was); the number itself is kept only sealed in id_number_sealed. id_masked_index, the blind
    // index of its first 6 and last 4 digits, finds the candidates of a card cached before
    // certificate_keys existed. certificate_keys keeps the blind index only; it is made anew
    // without the foreign key so the sealing pass can rewrite the certificates' primary key.
    // Renaming keeps the rows; SealingPass (run after the migrations whenever a key is present)
    // turns their plain values into indexes and sealed text, fills the new certificate_keys from
    // certificate_keys_plain and drops that. cache_key keeps its name and holds sealed text.
    QStringList sealed{
        QStringLiteral("ALTER TABLE certificates RENAME COLUMN id_number TO id_index"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN id_number_sealed TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE certificates ADD COLUMN id_masked_index TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX certificates_masked ON certificates (id_masked_index)"),
        QStringLiteral("ALTER TABLE certificate_keys RENAME TO certificate_keys_plain"),
    };
    // PostgreSQL's primary key index keeps its name through a table rename; the new table's would clash.
    if (pg)
        sealed.append(QStringLiteral("ALTER INDEX certificate_keys_pkey RENAME TO certificate_keys_plain_pkey"));
    sealed.append(QStringLiteral("CREATE TABLE certificate_keys ("
                                 " station_id TEXT NOT NULL REFERENCES stations(id), key TEXT NOT NULL,"
                                 " id_index TEXT NOT NULL, PRIMARY KEY (station_id, key))"));
    sealed.append(QStringLiteral("CREATE INDEX certificate_keys_by_index ON certificate_keys (id_index)"));
    all.append(sealed);

    // 10: the coordinators' console. Its accounts (the password as an Argon2id hash only; a
    // disabled account keeps its row, so history and audit still name it), the sessions (the
    // cookie's token as a hash only, with its CSRF token), the audit of who looked at or changed
    // which personal record (never the record's phone, ID number or name), and a work-queue
    // item's history (status changes, assignments, call-backs, notes). A station's health is
    // the last StationHealth JSON its kiosk sent with a push, and when.
    const QString serial = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    all.append(QStringList{
        QStringLiteral("CREATE TABLE console_users ("
                       " login TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,"
                       " district TEXT NOT NULL DEFAULT '', station_id TEXT NOT NULL DEFAULT '',"
                       " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL, disabled_at BIGINT)"),
        QStringLiteral("CREATE TABLE console_sessions ("
                       " token_hash TEXT PRIMARY KEY, login TEXT NOT NULL, csrf_token TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX console_sessions_login ON console_sessions (login)"),
        QStringLiteral("CREATE TABLE console_audit (id %1,"
                       " at BIGINT NOT NULL, login TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL DEFAULT '', station_id TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '')")
            .arg(serial),
        QStringLiteral("CREATE INDEX console_audit_at ON console_audit (at)"),
        QStringLiteral("CREATE INDEX console_audit_station ON console_audit (station_id, at)"),
        QStringLiteral("CREATE TABLE console_notes (id %1,"
                       " entity TEXT NOT NULL, entity_id TEXT NOT NULL, at BIGINT NOT NULL, login TEXT NOT NULL,"
                       " action TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')")
            .arg(serial),
        QStringLiteral("CREATE INDEX console_notes_entity ON console_notes (entity, entity_id, at)"),
        QStringLiteral("ALTER TABLE stations ADD COLUMN health TEXT"),
        QStringLiteral("ALTER TABLE stations ADD COLUMN health_at BIGINT"),
    });

    // 11: a station's closed days, kept so times generated later skip them and the day can be
    // reopened; service_code '' closes every service of the station that day. Who closed it is
    // the console login ('' for the admin command); the reason is plain words for staff.
    all.append(QStringList{
        QStringLiteral("CREATE TABLE closed_days (id %1,"
                       " station_id TEXT NOT NULL REFERENCES stations(id), day TEXT NOT NULL,"
                       " service_code TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
                       " closed_at BIGINT NOT NULL, login TEXT NOT NULL DEFAULT '', UNIQUE (station_id, day, service_code))")
            .arg(serial),
    });
    return all;
}

} // namespace server
