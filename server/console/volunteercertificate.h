// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>

namespace server::console {

/// @brief The hours certificate of a volunteer (志愿服务记录证明, ServiceCertificate) as a PDF in
/// memory, as `admin volunteer-certificate --format pdf` prints it: the issuer from the settings,
/// issued today (station day), the periods limited to from..to when given.
class VolunteerCertificate
{
public:
    struct Printed
    {
        QByteArray pdf;
        QString number; ///< "VC-TJ-V-000123-20261201", also the file's name
    };
    enum class Failure { None, UnknownVolunteer, CannotPrint, Storage };

    explicit VolunteerCertificate(Database &db) : m_db(db) {}

    [[nodiscard]] std::optional<Printed> print(const QString &volunteerNumber, QDate from, QDate to);
    [[nodiscard]] Failure failure() const { return m_failure; }
    /// Plain words for the failure (no personal data).
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    Database &m_db;
    Failure m_failure = Failure::None;
    QString m_problem;
};

} // namespace server::console
