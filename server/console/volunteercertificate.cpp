// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/volunteercertificate.h"

#include "server/certificatepdf.h"
#include "server/servicecertificate.h"
#include "server/stationclock.h"
#include "server/volunteerhoursreport.h"

namespace server::console {

std::optional<VolunteerCertificate::Printed> VolunteerCertificate::print(const QString &volunteerNumber, QDate from, QDate to)
{
    QString problem;
    const auto report = VolunteerHoursReport(m_db).hours(volunteerNumber, &problem, from, to);
    if (!report) {
        const bool unknown = !m_db.scalar(QStringLiteral("SELECT 1 FROM volunteers WHERE id = ?"), {volunteerNumber}).isValid();
        m_failure = unknown ? Failure::UnknownVolunteer : Failure::Storage;
        m_problem = unknown ? QStringLiteral("no such volunteer") : QStringLiteral("storage failed");
        return std::nullopt;
    }
    QString issuer = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'certificate_issuer'")).toString();
    if (issuer.isEmpty())
        issuer = QStringLiteral("（未设置 / not set）");
    const ServiceCertificate certificate(*report, issuer, StationClock::today());
    const auto pdf =
        CertificatePdf::render(certificate.html(), QStringLiteral("志愿服务记录证明 ") + certificate.number(), &problem);
    if (!pdf) {
        m_failure = Failure::CannotPrint;
        m_problem = problem;
        return std::nullopt;
    }
    return Printed{*pdf, certificate.number()};
}

} // namespace server::console
