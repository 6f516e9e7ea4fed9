// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/helpfeedrows.h"

#include "kiosk/store/sqlvalues.h"

namespace store {

Result<void> HelpFeedRows::apply(const Database &db, const ChangeSet &c)
{
    for (const Place &p : c.places) {
        auto q = db.exec(QStringLiteral("INSERT INTO places(id, name_zh, name_en, kind, sort_order) VALUES(?, ?, ?, ?, ?) "
                                        "ON CONFLICT(id) DO UPDATE SET name_zh = excluded.name_zh, "
                                        "name_en = excluded.name_en, kind = excluded.kind, sort_order = excluded.sort_order"),
                         {p.id, p.name.zh, p.name.en, p.kind == u"hospital" ? p.kind : QStringLiteral("place"), p.sortOrder});
        if (!q.ok())
            return q.error();
    }
    for (const QString &id : c.removedPlaces) {
        if (auto q = db.exec(QStringLiteral("DELETE FROM places WHERE id = ?"), {id}); !q.ok())
            return q.error();
    }
    // Each status row carries the assignment as it now stands: a withdrawn one clears them.
    for (const RequestStatusChange &s : c.requestStatuses) {
        auto q = db.exec(QStringLiteral("UPDATE help_requests SET volunteer_given_name = ?, agreed_at = ? WHERE id = ?"),
                         {s.volunteerGivenName, SqlValues::localTime(s.agreedAt), s.requestId});
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace store
