// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/queueactions.h"

#include "server/applicationdesk.h"
#include "server/bookingdesk.h"
#include "server/console/queuehistory.h"
#include "server/console/volunteerscope.h"
#include "server/console/queuestatusrules.h"
#include "server/recordstore.h"
#include "server/textcheck.h"
#include "server/transaction.h"

#include <QDateTime>

namespace server::console {

namespace {

using Kind = QueueActions::Outcome::Kind;

QueueActions::Outcome outcome(Kind kind, const QString &message = {}, const QString &field = {})
{
    return {kind, field, message};
}

} // namespace

QString QueueActions::noteProblem(const QString &note)
{
    return TextCheck::problem(note, maxNote);
}

bool QueueActions::moveStatus(const QueueItem &item, const QString &status, const QString &reason,
                              const core::LocalizedText &pickupPlace, QString *problem)
{
    switch (item.kind) {
    case QueueKind::Application:
        return ApplicationDesk(m_db).setStatusInTransaction(item.id, status, reason, pickupPlace, problem);
    case QueueKind::Booking: {
        // Cancelling is the one move a refused booking has: the station hears booking_status cancelled.
        const BookingDesk::Answer answer = BookingDesk(m_db).cancel(item.stationId, item.id);
        if (answer.outcome == BookingDesk::Outcome::Cancelled)
            return true;
        if (answer.outcome != BookingDesk::Outcome::StorageFailed)
            *problem = answer.message;
        return false;
    }
    default:
        return RecordStore(m_db).setStatusInTransaction(item.id, status, problem);
    }
}

QueueActions::Outcome QueueActions::finish(Transaction &tx, const QueueItem &item, const QString &action,
                                           const QString &status, const QString &note, const QString &detail)
{
    if (!QueueHistory(m_db).add(item, m_user, action, status, note)
        || !m_audit.record(m_user, QStringLiteral("changed"), QueueKinds::entity(item.kind), item.id, item.stationId, detail)
        || !tx.commit())
        return outcome(Kind::Failed);
    return outcome(Kind::Done);
}

QueueActions::Outcome QueueActions::setStatus(const QueueItem &item, const QString &status, const QString &note,
                                              const QString &reason, const core::LocalizedText &pickupPlace)
{
    if (const QString problem = noteProblem(note); !problem.isEmpty())
        return outcome(Kind::Invalid, problem, QStringLiteral("note"));
    if (!QueueStatusRules::allowedStatuses(item).contains(status)) {
        return outcome(Kind::Conflict, QStringLiteral("this %1 cannot go from %2 to %3")
                                           .arg(QueueKinds::key(item.kind), item.status, status.left(40)));
    }
    const QString why = reason.trimmed();
    if (item.kind == QueueKind::Application && status == u"refused" && (why.isEmpty() || why.size() > 200))
        return outcome(Kind::Invalid, QStringLiteral("a refusal needs the reason in plain words for the visitor (1 to 200 characters)"),
                       QStringLiteral("reason"));
    if (const QString problem = TextCheck::problem(why, 200); !problem.isEmpty())
        return outcome(Kind::Invalid, problem, QStringLiteral("reason"));
    const bool hasPlace = !pickupPlace.zh.isEmpty() || !pickupPlace.en.isEmpty();
    if (hasPlace && (item.kind != QueueKind::Application || status != u"done"))
        return outcome(Kind::Invalid, QStringLiteral("only a done application says where to collect the card"),
                       QStringLiteral("pickupPlace"));
    if (hasPlace && (pickupPlace.zh.trimmed().isEmpty() || pickupPlace.en.trimmed().isEmpty()
                     || !TextCheck::problem(pickupPlace.zh, 200).isEmpty() || !TextCheck::problem(pickupPlace.en, 200).isEmpty()))
        return outcome(Kind::Invalid, QStringLiteral("the place in both languages, zh and en, up to 200 characters each"),
                       QStringLiteral("pickupPlace"));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return outcome(Kind::Failed);
    QString problem;
    if (!moveStatus(item, status, why, pickupPlace, &problem))
        return problem.isEmpty() ? outcome(Kind::Failed) : outcome(Kind::Conflict, problem);
    return finish(tx, item, QStringLiteral("status"), status, note.trimmed(),
                  QStringLiteral("status %1 -> %2").arg(item.status, status));
}

QueueActions::Outcome QueueActions::assign(const QueueItem &item, const QString &volunteerId, const QString &agreedAt,
                                           const QString &note)
{
    if (!QueueStatusRules::canAssign(item))
        return outcome(Kind::Conflict, QStringLiteral("only an open help request is given a volunteer"));
    if (volunteerId.trimmed().isEmpty() || !TextCheck::problem(volunteerId, TextCheck::maxShortText).isEmpty())
        return outcome(Kind::Invalid, QStringLiteral("the volunteer's id, as the suggestions give it"),
                       QStringLiteral("volunteerId"));
    if (!agreedAt.isEmpty() && !QDateTime::fromString(agreedAt, QStringLiteral("yyyy-MM-ddTHH:mm")).isValid())
        return outcome(Kind::Invalid, QStringLiteral("a station local time like 2026-12-08T09:30"), QStringLiteral("agreedAt"));
    if (const QString problem = noteProblem(note); !problem.isEmpty())
        return outcome(Kind::Invalid, problem, QStringLiteral("note"));
    // The volunteer must exist and be one this user may see (as the suggestions and the
    // volunteers page show them): asked first, so the answer names the field. One outside the
    // scope is answered like an unknown one, so numbers cannot be probed.
    const ConsoleScope scope(m_user);
    const VolunteerScope volunteers(scope);
    const QVariant known = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM volunteers v WHERE v.id = ? AND %1").arg(volunteers.clause(QStringLiteral("v"))),
        QVariantList{volunteerId} + volunteers.values());
    if (!known.isValid())
        return outcome(Kind::Failed);
    if (known.toInt() == 0)
        return outcome(Kind::Invalid, QStringLiteral("no volunteer you may assign has this id"), QStringLiteral("volunteerId"));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return outcome(Kind::Failed);
    QString problem;
    if (!RecordStore(m_db).assignInTransaction(item.id, volunteerId, agreedAt, &problem))
        return problem.isEmpty() ? outcome(Kind::Failed) : outcome(Kind::Conflict, problem);
    return finish(tx, item, QStringLiteral("assigned"), QStringLiteral("assigned"), note.trimmed(),
                  QStringLiteral("volunteer %1 assigned").arg(volunteerId));
}

QueueActions::Outcome QueueActions::callBack(const QueueItem &item, const QString &note)
{
    if (!QueueStatusRules::canCallBack(item))
        return outcome(Kind::Conflict, item.open ? QStringLiteral("no phone is kept for this visitor")
                                                 : QStringLiteral("this item is closed already"));
    if (const QString problem = noteProblem(note); !problem.isEmpty())
        return outcome(Kind::Invalid, problem, QStringLiteral("note"));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return outcome(Kind::Failed);
    QString status = item.status;
    // Someone went to the kiosk: the staff call is answered.
    if (item.kind == QueueKind::StaffCall) {
        status = QStringLiteral("done");
        QString problem;
        if (!RecordStore(m_db).setStatusInTransaction(item.id, status, &problem))
            return problem.isEmpty() ? outcome(Kind::Failed) : outcome(Kind::Conflict, problem);
    }
    return finish(tx, item, QStringLiteral("called_back"), status, note.trimmed(),
                  item.kind == QueueKind::StaffCall ? QStringLiteral("called back, status %1 -> done").arg(item.status)
                                                    : QStringLiteral("called back"));
}

} // namespace server::console
