// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/storecontext.h"

#include "core/idnumber.h"

namespace store {

StoreContext::StoreContext(Database &db, QByteArray stationSecret)
    : m_db(db)
    , m_key(std::move(stationSecret))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

void StoreContext::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

Result<QString> StoreContext::visitorKeyOf(QStringView idNumber) const
{
    core::IdNumberProblem problem = core::IdNumberProblem::None;
    const auto info = core::IdNumber::parse(idNumber, &problem);
    if (!info)
        return StoreError{StoreError::Kind::Invalid, core::IdNumber::problemText(problem), QStringLiteral("ID number refused")};
    return m_key.of(info->number);
}

Result<QString> StoreContext::optionalVisitorKeyOf(QStringView idNumber) const
{
    if (idNumber.trimmed().isEmpty())
        return QString();
    return visitorKeyOf(idNumber);
}

} // namespace store
