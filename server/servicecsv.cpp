// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/servicecsv.h"

#include "server/csvreader.h"
#include "server/textcheck.h"

#include <QHash>
#include <QSet>

namespace server {

const QStringList &ServiceCsv::header()
{
    static const QStringList columns{
        QStringLiteral("code"),           QStringLiteral("category"),       QStringLiteral("name_zh"),
        QStringLiteral("name_en"),        QStringLiteral("official_zh"),    QStringLiteral("official_en"),
        QStringLiteral("offers_zh"),      QStringLiteral("offers_en"),      QStringLiteral("eligibility_zh"),
        QStringLiteral("eligibility_en"), QStringLiteral("bring_zh"),       QStringLiteral("bring_en"),
        QStringLiteral("hours_zh"),       QStringLiteral("hours_en"),       QStringLiteral("place_zh"),
        QStringLiteral("place_en"),       QStringLiteral("weekly"),         QStringLiteral("slot_minutes"),
        QStringLiteral("capacity"),       QStringLiteral("bookable"),       QStringLiteral("walk_in"),
        QStringLiteral("prefix"),         QStringLiteral("sort_order")};
    return columns;
}

namespace {

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"no" || t == u"0" || t == u"false")
        return false;
    if (t == u"yes" || t == u"1" || t == u"true")
        return true;
    return std::nullopt;
}

} // namespace

QList<ServiceDefinition> ServiceCsv::read(const QString &csvText, QStringList *problems)
{
    QList<ServiceDefinition> out;
    const QList<CsvReader::Row> rows = CsvReader::parse(csvText);
    if (rows.isEmpty()) {
        problems->append(QStringLiteral("the file is empty"));
        return out;
    }
    QHash<QString, int> col;
    for (int i = 0; i < rows.first().fields.size(); ++i) {
        const QString name = rows.first().fields.at(i).trimmed().toLower();
        if (const QString why = TextCheck::problem(name, TextCheck::maxShortText); !why.isEmpty()) {
            problems->append(QStringLiteral("line %1: the header: a column name %2").arg(rows.first().line).arg(why));
            return out;
        }
        if (!header().contains(name))
            problems->append(QStringLiteral("line %1: %2: not a column of the services file").arg(rows.first().line).arg(name));
        col.insert(name, i);
    }
    for (const char *required : {"code", "category", "name_zh", "name_en"}) {
        if (!col.contains(QLatin1String(required)))
            problems->append(QStringLiteral("line %1: %2: the header lacks this column").arg(rows.first().line).arg(QLatin1String(required)));
    }
    if (!problems->isEmpty())
        return out;
    QSet<QString> codes;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvReader::Row &row = rows.at(r);
        auto get = [&](const char *name) {
            const int i = col.value(QLatin1String(name), -1);
            return i >= 0 && i < row.fields.size() ? row.fields.at(i).trimmed() : QString();
        };
        auto bad = [&](const QString &fieldAndReason) {
            problems->append(QStringLiteral("line %1: %2").arg(row.line).arg(fieldAndReason));
        };
        if (row.fields.size() != rows.first().fields.size()) {
            bad(QStringLiteral("row: %1 fields, the header has %2").arg(row.fields.size()).arg(rows.first().fields.size()));
            continue;
        }
        // The texts go to every kiosk: text that cannot be stored is refused here, by column.
        QString textProblem;
        for (auto it = col.cbegin(); it != col.cend() && textProblem.isEmpty(); ++it)
            textProblem = TextCheck::fieldProblem(it.key(), row.fields.value(*it), TextCheck::maxImportField);
        if (!textProblem.isEmpty()) {
            bad(textProblem);
            continue;
        }
        ServiceDefinition s;
        s.code = get("code");
        s.category = get("category");
        s.name = {get("name_zh"), get("name_en")};
        s.officialName = {get("official_zh"), get("official_en")};
        s.offers = {get("offers_zh"), get("offers_en")};
        s.eligibility = {get("eligibility_zh"), get("eligibility_en")};
        s.whatToBring = {get("bring_zh"), get("bring_en")};
        s.openingHours = {get("hours_zh"), get("hours_en")};
        s.place = {get("place_zh"), get("place_en")};
        s.weeklyHours = get("weekly");
        s.queuePrefix = get("prefix");
        bool ok = true;
        const std::pair<const char *, int *> numbers[] = {
            {"slot_minutes", &s.slotMinutes}, {"capacity", &s.capacity}, {"sort_order", &s.sortOrder}};
        for (const auto &[name, target] : numbers) {
            const QString text = get(name);
            if (text.isEmpty())
                continue;
            bool number = false;
            *target = text.toInt(&number);
            if (!number) {
                bad(QStringLiteral("%1: must be a whole number").arg(QLatin1String(name)));
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        const auto bookable = yesNo(get("bookable"));
        const auto walkIn = yesNo(get("walk_in"));
        if (!bookable || !walkIn) {
            bad(QStringLiteral("%1: yes or no").arg(bookable ? QStringLiteral("walk_in") : QStringLiteral("bookable")));
            continue;
        }
        s.bookable = *bookable;
        s.walkIn = *walkIn;
        if (const QString problem = s.problem(); !problem.isEmpty()) {
            bad(problem);
            continue;
        }
        if (codes.contains(s.code)) {
            bad(QStringLiteral("code: %1 is in the file twice").arg(s.code));
            continue;
        }
        codes.insert(s.code);
        out.append(s);
    }
    return out;
}

} // namespace server
