// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace server {

/// @brief 志愿服务记录证明, the certificate of service hours volunteers ask for, made from a
/// VolunteerHoursReport: by 《志愿服务记录与证明出具办法（试行）》 it shows the volunteer's name,
/// ID type and number, volunteer number, the service (periods, hours, content, stations), the
/// issuer, the certificate number and date. Each line in Mandarin with its English below. The
/// server holds no full ID number, so the number is shown masked and the certificate says so.
/// Only counted hours appear (assignments, and station duty a coordinator approved).
class ServiceCertificate
{
public:
    ServiceCertificate(const QJsonObject &report, const QString &issuer, QDate issuedOn)
        : m_report(report), m_issuer(issuer), m_issuedOn(issuedOn)
    {
    }

    /// "VC-TJ-V-000123-20261201": the volunteer number and the issue day.
    [[nodiscard]] QString number() const;
    [[nodiscard]] QString text() const;
    /// The same certificate as HTML for a printed page (QTextDocument).
    [[nodiscard]] QString html() const;

private:
    struct Line
    {
        QString zh;
        QString en;
        QStringList columns{}; ///< a service line: time, hours, station, content zh, content en
    };
    [[nodiscard]] QList<Line> lines(QList<Line> *service) const;

    QJsonObject m_report;
    QString m_issuer;
    QDate m_issuedOn;
};

} // namespace server
