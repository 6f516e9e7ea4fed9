// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/storecontext.h"

#include "core/idnumber.h"

#include <QFile>

#include <time.h>

namespace store {

namespace {

// The boot id changes at every start of the machine, so a reading of another boot is never
// subtracted from this one's. CLOCK_BOOTTIME keeps counting while the kiosk is suspended and
// never moves when the wall clock is set.
MonotonicReading systemMonotonic()
{
    static const QString bootId = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromLatin1(file.readAll().trimmed());
    }();
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return {bootId, qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000};
}

} // namespace

StoreContext::StoreContext(Database &db, QByteArray stationSecret)
    : m_db(db)
    , m_key(std::move(stationSecret))
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_monotonic(systemMonotonic)
{
}

void StoreContext::setMonotonicClock(std::function<MonotonicReading()> clock)
{
    m_monotonic = std::move(clock);
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
