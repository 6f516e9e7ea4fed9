// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/figurescsv.h"

#include <QHash>
#include <QJsonObject>

namespace server::console {

namespace {

struct Heading
{
    const char *zh, *en;
};

const QHash<QString, Heading> &headings()
{
    static const QHash<QString, Heading> words{
        {QStringLiteral("month"), {"月份", "Month"}},
        {QStringLiteral("district"), {"区", "District"}},
        {QStringLiteral("stationId"), {"服务站编号", "Station ID"}},
        {QStringLiteral("stationName"), {"服务站", "Station"}},
        {QStringLiteral("kind"), {"服务类别", "Kind of help"}},
        {QStringLiteral("personTimes"), {"服务人次", "Person-times served"}},
        {QStringLiteral("persons"), {"服务人数", "Persons served"}},
        {QStringLiteral("volunteersRegistered"), {"注册志愿者", "Volunteers registered"}},
        {QStringLiteral("volunteersActive"), {"活跃志愿者", "Active volunteers"}},
    };
    return words;
}

} // namespace

QStringList FiguresCsv::columns(const QString &table)
{
    if (table == u"byMonth")
        return {QStringLiteral("month"), QStringLiteral("personTimes"), QStringLiteral("persons"),
                QStringLiteral("volunteersRegistered")};
    if (table == u"byDistrict")
        return {QStringLiteral("district"), QStringLiteral("personTimes"), QStringLiteral("persons"),
                QStringLiteral("volunteersRegistered"), QStringLiteral("volunteersActive")};
    if (table == u"byStation")
        return {QStringLiteral("stationId"), QStringLiteral("stationName"), QStringLiteral("district"),
                QStringLiteral("personTimes"), QStringLiteral("persons"), QStringLiteral("volunteersRegistered"),
                QStringLiteral("volunteersActive")};
    if (table == u"byKind")
        return {QStringLiteral("kind"), QStringLiteral("personTimes")};
    return {};
}

QString FiguresCsv::fileName(const QString &table)
{
    // byMonth -> by-month
    QString words;
    for (const QChar c : table) {
        if (c.isUpper())
            words += u'-';
        words += c.toLower();
    }
    return QStringLiteral("plan-figures-%1.csv").arg(words);
}

QString FiguresCsv::cell(const QString &text, bool isText)
{
    QString value = text;
    if (isText && !value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

QByteArray FiguresCsv::write(const QString &table, const QJsonArray &rows, const QString &language)
{
    const QStringList keys = columns(table);
    const bool zh = language != u"en";
    QStringList header;
    for (const QString &key : keys) {
        const Heading h = headings().value(key, Heading{"", ""});
        header.append(cell(QString::fromUtf8(zh ? h.zh : h.en), true));
    }
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QStringList cells;
        for (const QString &key : keys) {
            const QJsonValue v = o.value(key);
            cells.append(v.isString() ? cell(v.toString(), true) : cell(QString::number(v.toInteger()), false));
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace server::console
