// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/csvimporter.h"

#include "core/daypart.h"
#include "core/idnumber.h"
#include "core/phonenumber.h"
#include "server/certificateregistry.h"
#include "server/csvreader.h"
#include "server/savepoint.h"
#include "server/textcheck.h"
#include "server/transaction.h"
#include "server/volunteerregistry.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QThread>
#include <functional>
#include <optional>

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

CsvImporter::Report CsvImporter::importRows(const QString &csvText, const QStringList &required,
                                            const std::function<RowOutcome(const ImportRow &)> &importRow)
{
    Report report;
    const QList<CsvReader::Row> rows = CsvReader::parse(csvText);
    if (rows.isEmpty()) {
        report.problems.append(QStringLiteral("the file is empty"));
        return report;
    }
    for (const QString &name : rows.first().fields) {
        if (const QString why = TextCheck::problem(name, TextCheck::maxShortText); !why.isEmpty()) {
            report.problems.append(QStringLiteral("line %1: the header: a column name %2").arg(rows.first().line).arg(why));
            return report;
        }
    }
    const QHash<QString, int> col = columns(rows.first(), required, &report.problems);
    if (!report.problems.isEmpty())
        return report;
    // Committed in chunks: a long import holds the SQLite write lock (or, on PostgreSQL, the
    // change feed's counter row) for one chunk at a time, so kiosks' pushes are answered in
    // between. A bad row costs only itself; a storage failure keeps the chunks committed
    // before it, and the report counts only rows committed.
    for (qsizetype next = 1; next < rows.size();) {
        const qsizetype problemsBefore = report.problems.size();
        Chunk chunk = importChunk(rows, next, col, report, importRow, false);
        if (chunk.outcome == ChunkOutcome::DataRefused) {
            // Rare: the chunk again, each row behind a savepoint (a round trip more per row).
            report.problems.resize(problemsBefore);
            chunk = importChunk(rows, next, col, report, importRow, true);
        }
        if (chunk.outcome != ChunkOutcome::Committed) {
            report.storageFailed = true;
            report.failedAtLine = chunk.failedAtLine;
            return report;
        }
        report.imported += chunk.imported;
        next = chunk.end;
        // SQLite hands its write lock to no one in particular: a waiting push polls for it
        // (every 100 ms once it has waited a while) and would never find it free if the next
        // chunk began at once. PostgreSQL queues waiters on the row, first come first.
        if (next < rows.size() && !m_db.isPostgres())
            QThread::msleep(sqlitePauseMs);
    }
    return report;
}

CsvImporter::Chunk CsvImporter::importChunk(const QList<CsvReader::Row> &rows, qsizetype first,
                                            const QHash<QString, int> &columns, Report &report,
                                            const std::function<RowOutcome(const ImportRow &)> &importRow,
                                            bool savepointPerRow)
{
    Chunk chunk;
    chunk.failedAtLine = rows.at(first).line;
    Transaction tx(m_db);
    if (!tx.isOpen())
        return chunk;
    qsizetype i = first;
    for (; i < rows.size() && chunk.imported < chunkRows; ++i) {
        const ImportRow row{rows.at(i), columns, report};
        if (const QString problem = row.textProblem(); !problem.isEmpty()) {
            report.problems.append(problem);
            continue;
        }
        std::optional<Savepoint> savepoint;
        if (savepointPerRow && !savepoint.emplace(m_db, "import_row").isOpen())
            return chunk;
        m_db.clearLastError();
        const RowOutcome outcome = importRow(row);
        if (outcome == RowOutcome::StorageFailed) {
            const bool data = m_db.lastErrorIsCausedByData();
            if (!data) {
                chunk.failedAtLine = row.row.line;
                return chunk;
            }
            if (!savepoint) {
                chunk.outcome = ChunkOutcome::DataRefused;
                return chunk;
            }
            if (!savepoint->rollBack())
                return chunk;
            report.problems.append(
                QStringLiteral("line %1: the database refused this row's data; the server log names the error").arg(row.row.line));
            continue;
        }
        if (savepoint && !savepoint->release())
            return chunk;
        if (outcome == RowOutcome::Imported)
            ++chunk.imported;
    }
    chunk.end = i;
    chunk.failedAtLine = rows.at(i - 1).line;
    if (tx.commit())
        chunk.outcome = ChunkOutcome::Committed;
    return chunk;
}

QString CsvImporter::ImportRow::textProblem() const
{
    // Every field, read or not: the same rule as a kiosk's pushed text, so nothing stored from
    // an import could break a push or a page of changes later.
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const QString why = TextCheck::problem(row.fields.value(*it), TextCheck::maxImportField);
        if (!why.isEmpty())
            return QStringLiteral("line %1: %2: %3").arg(row.line).arg(it.key(), why);
    }
    return {};
}

QString CsvImporter::ImportRow::get(const QString &column) const
{
    // Optional columns may be absent from the header: absent reads as empty.
    const auto it = columns.constFind(column);
    return it == columns.cend() ? QString() : row.fields.value(*it).trimmed();
}

CsvImporter::RowOutcome CsvImporter::ImportRow::reject(const QString &field, const QString &why) const
{
    report.problems.append(QStringLiteral("line %1: %2: %3").arg(row.line).arg(field, why));
    return RowOutcome::Rejected;
}

CsvImporter::Report CsvImporter::importCertificates(const QString &csvText)
{
    const QSet<QString> stations = knownStations(m_db);
    CertificateRegistry registry(m_db);
    const QStringList required{QStringLiteral("id_number"), QStringLiteral("holder_name"), QStringLiteral("category"),
                               QStringLiteral("level"), QStringLiteral("status"), QStringLiteral("valid_until"),
                               QStringLiteral("station_id")};
    return importRows(csvText, required, [&](const ImportRow &row) {
        core::IdNumberProblem idProblem = core::IdNumberProblem::None;
        const auto id = core::IdNumber::parse(row.get(QStringLiteral("id_number")), &idProblem);
        bool ok = false;
        const int category = row.get(QStringLiteral("category")).toInt(&ok);
        const bool categoryOk = ok && category >= 1 && category <= 7;
        const int level = row.get(QStringLiteral("level")).toInt(&ok);
        const bool levelOk = ok && level >= 1 && level <= 4;
        const QString status = row.get(QStringLiteral("status"));
        const QString validUntil = row.get(QStringLiteral("valid_until"));
        const QString station = row.get(QStringLiteral("station_id"));
        if (!id)
            return row.reject(QStringLiteral("id_number"), core::IdNumber::problemText(idProblem).english());
        if (row.get(QStringLiteral("holder_name")).isEmpty())
            return row.reject(QStringLiteral("holder_name"), QStringLiteral("must not be empty"));
        if (!categoryOk)
            return row.reject(QStringLiteral("category"), QStringLiteral("must be 1 (visual) to 7 (multiple)"));
        if (!levelOk)
            return row.reject(QStringLiteral("level"), QStringLiteral("must be 1 to 4"));
        if (!CertificateRegistry::statuses().contains(status))
            return row.reject(QStringLiteral("status"),
                              QStringLiteral("must be one of %1").arg(CertificateRegistry::statuses().join(u", ")));
        if (!validUntil.isEmpty() && !QDate::fromString(validUntil, Qt::ISODate).isValid())
            return row.reject(QStringLiteral("valid_until"), QStringLiteral("must be a date like 2031-06-30, or empty"));
        if (!station.isEmpty() && !stations.contains(station))
            return row.reject(QStringLiteral("station_id"), QStringLiteral("no station \"%1\"").arg(station));
        for (const QString &column : {QStringLiteral("state_since"), QStringLiteral("issued_on")}) {
            const QString day = row.get(column);
            if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid())
                return row.reject(column, QStringLiteral("must be a date like 2026-05-04, or empty"));
        }
        const QString replacementText = row.get(QStringLiteral("replacement"));
        const int replacement = replacementText.isEmpty() ? 0 : replacementText.toInt(&ok);
        if (!replacementText.isEmpty() && (!ok || replacement < 0 || replacement > 99))
            return row.reject(QStringLiteral("replacement"),
                              QStringLiteral("must be the n of a Bn replacement (0 to 99), or empty"));
        CertificateRegistry::Record record{id->number, row.get(QStringLiteral("holder_name")), category, level, status,
                                           validUntil, station, {}, {}, {}, 0, {}};
        record.stateSince = row.get(QStringLiteral("state_since"));
        record.issuedOn = row.get(QStringLiteral("issued_on"));
        record.pickupPlace = {row.get(QStringLiteral("pickup_place_zh")), row.get(QStringLiteral("pickup_place_en"))};
        record.replacement = replacement;
        return registry.upsert(record)
                   ? RowOutcome::Imported
                   : RowOutcome::StorageFailed;
    });
}

CsvImporter::Report CsvImporter::importVolunteers(const QString &csvText)
{
    const QSet<QString> stations = knownStations(m_db);
    VolunteerRegistry registry(m_db);
    const QStringList required{QStringLiteral("volunteer_id"), QStringLiteral("name"), QStringLiteral("phone"),
                               QStringLiteral("station_id"), QStringLiteral("skills"), QStringLiteral("hours_total")};
    return importRows(csvText, required, [&](const ImportRow &row) {
        const QString hoursText = row.get(QStringLiteral("hours_total"));
        bool ok = true;
        const double hours = hoursText.isEmpty() ? 0.0 : hoursText.toDouble(&ok);
        const QString phone = row.get(QStringLiteral("phone"));
        const QString station = row.get(QStringLiteral("station_id"));
        // The one phone rule of kiosk and server (core::PhoneNumber); kept as digits only.
        const auto parsedPhone = core::PhoneNumber::parse(phone);
        if (row.get(QStringLiteral("volunteer_id")).isEmpty())
            return row.reject(QStringLiteral("volunteer_id"), QStringLiteral("must not be empty"));
        if (row.get(QStringLiteral("name")).isEmpty())
            return row.reject(QStringLiteral("name"), QStringLiteral("must not be empty"));
        if (!phone.isEmpty() && !parsedPhone)
            return row.reject(QStringLiteral("phone"), core::PhoneNumber::problem(phone).english());
        // Written this way round so "nan" and "inf" (which toDouble accepts) are refused too; the
        // cap keeps the feed's half-hour count (an int) from overflowing.
        if (!ok || !(hours >= 0 && hours <= 100000))
            return row.reject(QStringLiteral("hours_total"), QStringLiteral("must be a number of hours from 0 to 100000"));
        if (!station.isEmpty() && !stations.contains(station))
            return row.reject(QStringLiteral("station_id"), QStringLiteral("no station \"%1\"").arg(station));
        // Optional: the parts of the day the volunteer can come (matching), e.g. "morning;evening".
        QStringList parts;
        for (const QString &part : row.get(QStringLiteral("availability")).split(u';', Qt::SkipEmptyParts)) {
            if (!core::DayParts::fromKey(part.trimmed()) || part.trimmed() == u"any")
                return row.reject(QStringLiteral("availability"),
                                  QStringLiteral("parts of the day separated by ';': morning, afternoon, evening"));
            parts.append(part.trimmed());
        }
        VolunteerRegistry::Record record{row.get(QStringLiteral("volunteer_id")), row.get(QStringLiteral("name")),
                                         parsedPhone ? parsedPhone->digits() : QString(), station,
                                         row.get(QStringLiteral("skills")), hours};
        record.givenName = row.get(QStringLiteral("given_name"));
        record.availability = parts.join(u';');
        return registry.upsert(record)
                   ? RowOutcome::Imported
                   : RowOutcome::StorageFailed;
    });
}

} // namespace server
