// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace store {

QVariant SqlValues::date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate SqlValues::toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant SqlValues::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant();
    return QDateTime(time.date(), time.time()).toString(Qt::ISODate);
}

QDateTime SqlValues::toLocalTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::LocalTime);
    return time;
}

QString SqlValues::utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlValues::toUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // Our own "yyyy-MM-ddTHH:mm:ss.zzzZ" parsed directly: QDateTime::fromString goes through
    // time-zone handling and costs more than the row look-up itself.
    if (text.size() == 24 && text.endsWith(u'Z')) {
        const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(11, 12), u"HH:mm:ss.zzz");
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString SqlValues::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject SqlValues::toJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant SqlValues::orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

core::LocalizedText SqlValues::toText(const QSqlQuery &row, int zhColumn)
{
    return {row.value(zhColumn).toString(), row.value(zhColumn + 1).toString()};
}

} // namespace store
