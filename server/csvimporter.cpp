// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/csvimporter.h"

#include "core/idnumber.h"
#include "server/certificateregistry.h"
#include "server/csvreader.h"
#include "server/transaction.h"
#include "server/volunteerregistry.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace server {

namespace {

/// Maps header names to column positions; reports missing columns.
QHash<QString, int> columns(const CsvReader::Row &header, const QStringList &required, QStringList *problems)
{
    QHash<QString, int> map;
    for (int i = 0; i < header.fields.size(); ++i)
        map.insert(header.fields.at(i).trimmed().toLower(), i);
    for (const QString &name : required) {
        if (!map.contains(name))
            problems->append(QStringLiteral("line %1: the header lacks the column \"%2\"").arg(header.line).arg(name));
    }
    return map;
}

QSet<QString> knownStations(Database &db)
{
    QSet<QString> set;
    auto q = db.exec(QStringLiteral("SELECT id FROM stations"));
    while (q && q->next())
        set.insert(q->value(0).toString());
    return set;
}

} // namespace

CsvImporter::Report CsvImporter::importCertificates(const QString &csvText)
{
    Report report;
    const QList<CsvReader::Row> rows = CsvReader::parse(csvText);
    if (rows.isEmpty()) {
        report.problems.append(QStringLiteral("the file is empty"));
        return report;
    }
    const QStringList required{QStringLiteral("id_number"), QStringLiteral("holder_name"), QStringLiteral("category"),
                               QStringLiteral("level"), QStringLiteral("status"), QStringLiteral("valid_until"),
                               QStringLiteral("station_id")};
    const auto col = columns(rows.first(), required, &report.problems);
    if (!report.problems.isEmpty())
        return report;
    const QSet<QString> stations = knownStations(m_db);
    CertificateRegistry registry(m_db);
    Transaction tx(m_db);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const CsvReader::Row &row = rows.at(i);
        auto get = [&](const QString &name) { return row.fields.value(col.value(name)).trimmed(); };
        auto bad = [&](const QString &field, const QString &why) {
            report.problems.append(QStringLiteral("line %1: %2: %3").arg(row.line).arg(field, why));
        };
        core::IdNumberProblem idProblem = core::IdNumberProblem::None;
        const auto id = core::IdNumber::parse(get(QStringLiteral("id_number")), &idProblem);
        bool ok = false;
        const int category = get(QStringLiteral("category")).toInt(&ok);
        const bool categoryOk = ok && category >= 1 && category <= 7;
        const int level = get(QStringLiteral("level")).toInt(&ok);
        const bool levelOk = ok && level >= 1 && level <= 4;
        const QString status = get(QStringLiteral("status"));
        const QString validUntil = get(QStringLiteral("valid_until"));
        const QString station = get(QStringLiteral("station_id"));
        if (!id)
            bad(QStringLiteral("id_number"), core::IdNumber::problemText(idProblem).en);
        else if (get(QStringLiteral("holder_name")).isEmpty())
            bad(QStringLiteral("holder_name"), QStringLiteral("must not be empty"));
        else if (!categoryOk)
            bad(QStringLiteral("category"), QStringLiteral("must be 1 (visual) to 7 (multiple)"));
        else if (!levelOk)
            bad(QStringLiteral("level"), QStringLiteral("must be 1 to 4"));
        else if (!CertificateRegistry::statuses().contains(status))
            bad(QStringLiteral("status"), QStringLiteral("must be one of %1").arg(CertificateRegistry::statuses().join(u", ")));
        else if (!validUntil.isEmpty() && !QDate::fromString(validUntil, Qt::ISODate).isValid())
            bad(QStringLiteral("valid_until"), QStringLiteral("must be a date like 2031-06-30, or empty"));
        else if (!station.isEmpty() && !stations.contains(station))
            bad(QStringLiteral("station_id"), QStringLiteral("no station \"%1\"").arg(station));
        else if (!registry.upsert({id->number, get(QStringLiteral("holder_name")), category, level, status, validUntil, station})) {
            report.storageFailed = true;
            return report;
        } else {
            ++report.imported;
        }
    }
    if (!tx.commit()) {
        report.storageFailed = true;
        report.imported = 0;
    }
    return report;
}

CsvImporter::Report CsvImporter::importVolunteers(const QString &csvText)
{
    Report report;
    const QList<CsvReader::Row> rows = CsvReader::parse(csvText);
    if (rows.isEmpty()) {
        report.problems.append(QStringLiteral("the file is empty"));
        return report;
    }
    const QStringList required{QStringLiteral("volunteer_id"), QStringLiteral("name"), QStringLiteral("phone"),
                               QStringLiteral("station_id"), QStringLiteral("skills"), QStringLiteral("hours_total")};
    const auto col = columns(rows.first(), required, &report.problems);
    if (!report.problems.isEmpty())
        return report;
    const QSet<QString> stations = knownStations(m_db);
    VolunteerRegistry registry(m_db);
    Transaction tx(m_db);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const CsvReader::Row &row = rows.at(i);
        auto get = [&](const QString &name) { return row.fields.value(col.value(name)).trimmed(); };
        auto bad = [&](const QString &field, const QString &why) {
            report.problems.append(QStringLiteral("line %1: %2: %3").arg(row.line).arg(field, why));
        };
        const QString hoursText = get(QStringLiteral("hours_total"));
        bool ok = true;
        const double hours = hoursText.isEmpty() ? 0.0 : hoursText.toDouble(&ok);
        const QString phone = get(QStringLiteral("phone"));
        const QString station = get(QStringLiteral("station_id"));
        static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 -]{7,20}$"));
        if (get(QStringLiteral("volunteer_id")).isEmpty())
            bad(QStringLiteral("volunteer_id"), QStringLiteral("must not be empty"));
        else if (get(QStringLiteral("name")).isEmpty())
            bad(QStringLiteral("name"), QStringLiteral("must not be empty"));
        else if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch())
            bad(QStringLiteral("phone"), QStringLiteral("must be digits (7 to 20)"));
        else if (!ok || hours < 0)
            bad(QStringLiteral("hours_total"), QStringLiteral("must be a number of hours, 0 or more"));
        else if (!station.isEmpty() && !stations.contains(station))
            bad(QStringLiteral("station_id"), QStringLiteral("no station \"%1\"").arg(station));
        else if (!registry.upsert({get(QStringLiteral("volunteer_id")), get(QStringLiteral("name")), phone, station,
                                   get(QStringLiteral("skills")), hours})) {
            report.storageFailed = true;
            return report;
        } else {
            ++report.imported;
        }
    }
    if (!tx.commit()) {
        report.storageFailed = true;
        report.imported = 0;
    }
    return report;
}

} // namespace server
