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
/// is reported by its line number with the field and the reason (ID numbers masked).
class CsvImporter
{
public:
    struct Report
    {
        int imported = 0;
        QStringList problems; ///< "line 7: level: must be 1 to 4"
        bool storageFailed = false;
    };

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
    };
    /// The part both imports share: header check, one transaction, a row at a time.
    Report importRows(const QString &csvText, const QStringList &required,
                      const std::function<RowOutcome(const ImportRow &)> &importRow);

    Database &m_db;
};

} // namespace server
