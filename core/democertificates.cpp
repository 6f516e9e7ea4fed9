// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/democertificates.h"

#include "core/certificatevalidity.h"

namespace core {

namespace {

using S = CertificateState;
using D = DisabilityCategory;

DemoCertificate demo(const char *key, const char *idNumber, S stored, S shown, D category, int level, int sinceDaysAgo,
                     int replacement = 0, std::optional<int> validDaysLeft = std::nullopt)
{
    return {QString::fromLatin1(key), QString::fromLatin1(idNumber), stored, shown, category, level, sinceDaysAgo,
            replacement, validDaysLeft};
}

QString keyOf(S state)
{
    return CertificateStates::key(state);
}

QList<DemoCertificate> build()
{
    // Area 120101 (Heping district, Tianjin); the numbers were made for the demo. The first
    // thirteen keep their places: tests and screens pick holders by position.
    QList<DemoCertificate> list;
    const auto add = [&](S stored, S shown, const char *idNumber, D category, int level, int sinceDaysAgo,
                         int replacement = 0, std::optional<int> validDaysLeft = std::nullopt) {
        DemoCertificate c = demo("", idNumber, stored, shown, category, level, sinceDaysAgo, replacement, validDaysLeft);
        c.key = keyOf(shown);
        list.append(c);
    };
    add(S::Received, S::Received, "12010119580312021X", D::Physical, 3, 2);
    add(S::AwaitingAssessment, S::AwaitingAssessment, "120101196307050325", D::Hearing, 2, 7);
    add(S::Assessed, S::Assessed, "120101197109180430", D::Visual, 1, 3);
    add(S::PublicNotice, S::PublicNotice, "120101194501010547", D::Physical, 2, 2);
    add(S::UnderReview, S::UnderReview, "12010119820623065X", D::Mental, 3, 4);
    add(S::BeingMade, S::BeingMade, "120101199002140761", D::Intellectual, 2, 5);
    add(S::ReadyForPickup, S::ReadyForPickup, "120101196711300875", D::Speech, 4, 1);
    add(S::Issued, S::Issued, "12010119750808098X", D::Visual, 2, 3 * 365);
    add(S::NotApproved, S::NotApproved, "120101198810161099", D::Hearing, 4, 3);
    // Issued nearly ten years ago: 60 days of validity left.
    add(S::Issued, S::RenewalDue, "120101195204271112", D::Physical, 1, 0, 0, 60);
    add(S::Transferred, S::Transferred, "12010119990301122X", D::Intellectual, 3, 30);
    add(S::Replaced, S::Replaced, "120101196905201330", D::Multiple, 1, 20, 1);
    // Cancelled 100 days ago: a new application waits until the year is over.
    add(S::Cancelled, S::Cancelled, "120101194809091443", D::Physical, 4, 100);

    list.append(demo("expired", "120101195607041557", S::Issued, S::RenewalDue, D::Visual, 3, 0, 0, -30));
    list.append(demo("cancelled_over_a_year", "12010119610210166X", S::Cancelled, S::Cancelled, D::Hearing, 3, 400));
    list.append(demo("issued_recently", "120101198405151778", S::Issued, S::Issued, D::Physical, 2, 200));
    return list;
}

} // namespace

QDate DemoCertificate::issuedOn(QDate today) const
{
    if (validDaysLeft)
        return validUntil(today).addDays(1).addYears(-CertificateValidity::kValidYears);
    if (stored == S::Issued || stored == S::Replaced)
        return today.addDays(-sinceDaysAgo);
    return {};
}

QDate DemoCertificate::validUntil(QDate today) const
{
    if (validDaysLeft)
        return today.addDays(*validDaysLeft);
    const QDate issued = issuedOn(today);
    return issued.isValid() ? CertificateValidity::validUntil(issued) : QDate();
}

QDate DemoCertificate::stateSinceOn(QDate today) const
{
    // A card whose validity is the point of the case has been issued since its issue day.
    if (validDaysLeft)
        return issuedOn(today);
    return today.addDays(-sinceDaysAgo);
}

LocalizedText DemoCertificate::pickupPlace() const
{
    if (stored != S::ReadyForPickup)
        return {};
    return {QStringLiteral("和平区残疾人联合会一楼服务大厅（工作日 9:00-17:00）"),
            QStringLiteral("Heping District Disabled Persons' Federation, ground-floor service hall "
                           "(working days 9:00-17:00)")};
}

const QList<DemoCertificate> &DemoCertificates::all()
{
    static const QList<DemoCertificate> list = build();
    return list;
}

QList<DemoCertificate> DemoCertificates::onePerState()
{
    return all().mid(0, CertificateStates::all().size());
}

std::optional<DemoCertificate> DemoCertificates::find(const QString &key)
{
    for (const DemoCertificate &c : all()) {
        if (c.key == key)
            return c;
    }
    return std::nullopt;
}

} // namespace core
