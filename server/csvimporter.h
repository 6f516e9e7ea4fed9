// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QString>
#include <QStringList>

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

    /// Header: id_number,holder_name,category,level,status,valid_until,station_id
    Report importCertificates(const QString &csvText);
    /// Header: volunteer_id,name,phone,station_id,skills,hours_total
    Report importVolunteers(const QString &csvText);

private:
    Database &m_db;
};

} // namespace server
