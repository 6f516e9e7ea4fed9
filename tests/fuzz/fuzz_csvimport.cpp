// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the admin CSV imports: server::CsvReader and the importer's row checks
// (certificates and volunteers), on a throw-away in-memory SQLite database with one station.
// A file handed to staff by another office is untrusted input. Besides crashes, leaks and
// undefined behaviour it checks: the reader's rows survive writing them back as CSV, a row is
// either imported or reported (never both, never lost), and no row's data makes the storage fail
// (bad data must be a reported row, not a failed import).
#include "server/csvimporter.h"
#include "server/csvreader.h"
#include "server/database.h"
#include "server/sealer.h"
#include "server/stationregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using server::CsvImporter;
using server::CsvReader;
using server::Database;

namespace {

/// Quotes every field, so the text re-read must give back exactly the same fields.
QString writeCsv(const QList<CsvReader::Row> &rows)
{
    QString out;
    for (const CsvReader::Row &row : rows) {
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            if (i)
                out += u',';
            out += u'"' + QString(row.fields.at(i)).replace(u'"', QStringLiteral("\"\"")) + u'"';
        }
        out += u'\n';
    }
    return out;
}

void checkReader(const QString &text)
{
    const QList<CsvReader::Row> rows = CsvReader::parse(text);
    int previousLine = 0;
    const qsizetype lines = text.count(u'\n') + 1;
    for (const CsvReader::Row &row : rows) {
        if (row.line <= previousLine || row.line > lines || row.fields.isEmpty())
            __builtin_trap(); // line numbers name where each row starts, in order
        previousLine = row.line;
    }
    const QList<CsvReader::Row> again = CsvReader::parse(writeCsv(rows));
    if (again.size() != rows.size())
        __builtin_trap();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (again.at(i).fields != rows.at(i).fields)
            __builtin_trap();
    }
}

/// One database for the whole run; after each input the rows it added are deleted again
/// (everything above the row ids the set-up left), so inputs cannot influence each other.
struct ScratchDatabase
{
    std::unique_ptr<Database> db;
    QHash<QString, qint64> baseline; // table -> highest rowid after set-up

    ScratchDatabase()
    {
        QString error;
        server::DatabaseUrl url;
        url.engine = server::DatabaseUrl::Engine::Sqlite;
        url.path = QStringLiteral(":memory:");
        db = Database::open(url, &error);
        if (db)
            db->setSealer(server::Sealer::ephemeral()); // as every server process has one
        if (!db || !db->migrate(&error)) {
            fprintf(stderr, "fuzz_csvimport: no scratch database: %s\n", qPrintable(error));
            abort();
        }
        if (!server::StationRegistry(*db).create(QStringLiteral("st-1"), QStringLiteral("Station 1"),
                                                 QStringLiteral("hexi"), &error)) {
            fprintf(stderr, "fuzz_csvimport: no station: %s\n", qPrintable(error));
            abort();
        }
        auto q = db->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'"));
        QStringList tables;
        while (q && q->next())
            tables.append(q->value(0).toString());
        for (const QString &table : tables) {
            const QVariant top = db->scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM \"%1\"").arg(table));
            if (top.isValid()) // tables WITHOUT ROWID are left alone
                baseline.insert(table, top.toLongLong());
        }
    }

    void reset()
    {
        for (auto it = baseline.cbegin(); it != baseline.cend(); ++it)
            db->exec(QStringLiteral("DELETE FROM \"%1\" WHERE rowid > ?").arg(it.key()), {it.value()});
    }
};

void checkImport(CsvImporter::Report (CsvImporter::*import)(const QString &), const QString &text)
{
    static ScratchDatabase scratch;
    CsvImporter importer(*scratch.db);
    const CsvImporter::Report report = (importer.*import)(text);
    const QList<CsvReader::Row> rows = CsvReader::parse(text);
    const qsizetype dataRows = qMax<qsizetype>(0, rows.size() - 1);
    if (report.storageFailed)
        __builtin_trap(); // a row's data made SQLite fail: that row should have been refused
    const bool headerRefused = rows.isEmpty() || (!report.problems.isEmpty() && report.problems.first().startsWith(
        QStringLiteral("line %1: the header").arg(rows.first().line))); // the whole file refused
    if (report.imported < 0 || report.imported > dataRows
        || (!headerRefused && report.imported + report.problems.size() != dataRows))
        __builtin_trap(); // every data row is imported or named in one problem, none lost
    scratch.reset();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL drivers are plugins found through the application object. It gets only the
    // program's name: libFuzzer's own flags are not Qt's business.
    (void)argc;
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    static QCoreApplication app(qtArgc, qtArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the import; the rest is the file as staff would hand it over.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    checkReader(text);
    checkImport(bytes[0] & 1 ? &CsvImporter::importVolunteers : &CsvImporter::importCertificates, text);
    return 0;
}
