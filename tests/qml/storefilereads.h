// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// @brief What the flow tests read back from the store file the window wrote (tst_bookingflow,
/// tst_helpflow, tst_volunteerregistration, tst_checkinflow): through a connection of their own,
/// as anyone opening the file would see it, not through the kiosk's connections.
namespace storefilereads {

using namespace Qt::StringLiterals;

/// The test's own connection to MainWindowFixture::storePath().
inline QSqlDatabase storeFile()
{
    const QString name = u"flowtestreads"_s;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(MainWindowFixture::storePath());
    if (!db.isOpen())
        db.open();
    return db;
}

/// The first column of the first row of `sql`; invalid when there is none.
inline QVariant value(const QString &sql)
{
    QSqlQuery query(storeFile());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

/// A COUNT(*) (or any number) `sql` reads; -1 when the query fails.
inline int count(const QString &sql)
{
    const QVariant v = value(sql);
    return v.isValid() ? v.toInt() : -1;
}

/// Runs `sql` (a test changing the file as the change feed or staff would).
inline bool exec(const QString &sql)
{
    QSqlQuery query(storeFile());
    return query.exec(sql);
}

/// The outbox payload of the record `id` of `kind`; empty once delivered or when there is none.
inline QJsonObject payloadOf(const QString &id, const QString &kind)
{
    const QString raw = value(u"SELECT payload FROM outbox WHERE id = '%1' AND kind = '%2'"_s.arg(id, kind)).toString();
    return QJsonDocument::fromJson(raw.toUtf8()).object();
}

} // namespace storefilereads
