// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "server/console/consoleaudit.h"
#include "server/console/consoleuser.h"
#include "server/console/queueitem.h"

namespace server {
class Database;
class Transaction;
}

namespace server::console {

/// @brief What a coordinator does to a queue item: set its status, assign a volunteer, note
/// that the visitor was called back.
///
/// Each goes through the item's desk (RecordStore, ApplicationDesk, BookingDesk), so the
/// station hears of it through the change feed, and writes its history note and its audit row
/// ("changed"; the detail names states and volunteer numbers, never a phone or a name) in the
/// same transaction: all of it is kept, or none.
class QueueActions
{
public:
    struct Outcome
    {
        enum class Kind { Done, Conflict, Invalid, Failed };
        Kind kind = Kind::Failed;
        QString field;   ///< Invalid: the body's field at fault
        QString message; ///< plain words
    };

    QueueActions(Database &db, ConsoleAudit &audit, const ConsoleUser &user) : m_db(db), m_audit(audit), m_user(user) {}

    /// `reason`: a refused application's words for the visitor; `pickupPlace`: where to collect a done one.
    Outcome setStatus(const QueueItem &item, const QString &status, const QString &note, const QString &reason,
                      const core::LocalizedText &pickupPlace);
    /// `agreedAt` empty or station local yyyy-MM-ddTHH:mm.
    Outcome assign(const QueueItem &item, const QString &volunteerId, const QString &agreedAt, const QString &note);
    /// A staff call is then done; the others keep their status (a refused booking leaves the open queue).
    Outcome callBack(const QueueItem &item, const QString &note);

    /// Why a coordinator's note cannot be kept, or empty (at most this many characters).
    static constexpr qsizetype maxNote = 1000;
    [[nodiscard]] static QString noteProblem(const QString &note);

private:
    /// The desk's status change inside the open transaction; `problem` says why it refused.
    bool moveStatus(const QueueItem &item, const QString &status, const QString &reason,
                    const core::LocalizedText &pickupPlace, QString *problem);
    /// Note, audit row and commit of an open transaction.
    Outcome finish(Transaction &tx, const QueueItem &item, const QString &action, const QString &status,
                   const QString &note, const QString &detail);

    Database &m_db;
    ConsoleAudit &m_audit;
    const ConsoleUser &m_user;
};

} // namespace server::console
