// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/csvreader.h"
#include "server/database.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace server {

/// @brief Imports certificate records and volunteers from CSV: good rows are kept, each bad row
/// is reported by its line number with the field and the reason (ID numbers masked). Rows are
/// committed in chunks, so a long import does not hold up the kiosks' pushes.
class CsvImporter
{
public:
    struct Report
    {
        int imported = 0;     ///< rows committed
        QStringList problems; ///< "line 7: level: must be 1 to 4"
        bool storageFailed = false;
        int failedAtLine = 0; ///< with storageFailed: the rows from the chunk of this line on are not imported
    };

    /// Rows committed together. Small enough that a push waits at most a moment for an import,
    /// large enough that an import of a city's records is not slowed down by its commits.
    static constexpr int chunkRows = 500;
    /// On SQLite, how long the write lock is left free between chunks: longer than the busy
    /// handler's longest poll interval (100 ms), so a waiting push gets it.
    static constexpr int sqlitePauseMs = 150;

    explicit CsvImporter(Database &db) : m_db(db) {}

    /// Header: id_number,holder_name,category,level,status,valid_until,station_id, and optional
    /// state_since,issued_on (yyyy-MM-dd), pickup_place_zh,pickup_place_en, replacement (n of Bn)
    Report importCertificates(const QString &csvText);
    /// Header: volunteer_id,name,phone,station_id,skills,hours_total
    Report importVolunteers(const QString &csvText);

private:
    enum class RowOutcome { Imported, Rejected, StorageFailed };
    /// One data row: its fields by column name, and where a bad one is reported by line.
    struct ImportRow
    {
        const CsvReader::Row &row;
        const QHash<QString, int> &columns;
        Report &report;
        [[nodiscard]] QString get(const QString &column) const;
        RowOutcome reject(const QString &field, const QString &why) const;
        /// "line N: column: why" for a field whose text cannot be stored (TextCheck), or empty.
        [[nodiscard]] QString textProblem() const;
    };
    /// The part both imports share: header check, text check, a row at a time, committed in
    /// chunks of chunkRows.
    Report importRows(const QString &csvText, const QStringList &required,
                      const std::function<RowOutcome(const ImportRow &)> &importRow);
    enum class ChunkOutcome { Committed, DataRefused, Failed };
    struct Chunk
    {
        ChunkOutcome outcome = ChunkOutcome::Failed;
        qsizetype end = 0;    ///< the first row after the chunk
        int imported = 0;     ///< rows of the chunk stored
        int failedAtLine = 0; ///< with Failed
    };
    /// Up to chunkRows rows from `first` in one transaction. With `savepointPerRow`, a row
    /// whose data the database refuses is rolled back alone and reported; else the chunk ends
    /// DataRefused (rolled back) so it can be run again that way.
    Chunk importChunk(const QList<CsvReader::Row> &rows, qsizetype first, const QHash<QString, int> &columns,
                      Report &report, const std::function<RowOutcome(const ImportRow &)> &importRow,
                      bool savepointPerRow);

    Database &m_db;
};

} // namespace server
