// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/certificatekey.h"
#include "kiosk/store/database.h"
#include "kiosk/store/monotonicreading.h"
#include "kiosk/store/result.h"

#include <QDateTime>

#include <functional>

namespace store {

/// @brief What the domain stores share: the open database, the station's certificate key and
/// the kiosk's clocks (wall and monotonic). Owned by Store; the domain stores hold a reference, so a clock set on
/// Store is the clock of every write.
class StoreContext
{
public:
    StoreContext(Database &db, QByteArray stationSecret);

    [[nodiscard]] Database &database() const { return m_db; }
    void setClock(std::function<QDateTime()> clock);
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    /// For tests: the monotonic clock (default: this boot's id and CLOCK_BOOTTIME).
    void setMonotonicClock(std::function<MonotonicReading()> clock);
    [[nodiscard]] MonotonicReading monotonic() const { return m_monotonic(); }

    /// The keyed hash of an ID number, without checking it (Store::keyFor).
    [[nodiscard]] QString keyFor(QStringView idNumber) const { return m_key.of(idNumber); }
    /// The keyed hash of a valid ID number, or an Invalid error with the ID-number problem's
    /// words for the visitor.
    Result<QString> visitorKeyOf(QStringView idNumber) const;
    /// As visitorKeyOf, but an empty (blank) number gives an empty key: for records where the
    /// visitor may stay anonymous.
    Result<QString> optionalVisitorKeyOf(QStringView idNumber) const;

private:
    Database &m_db;
    CertificateKey m_key;
    std::function<QDateTime()> m_clock;
    std::function<MonotonicReading()> m_monotonic;
};

} // namespace store
