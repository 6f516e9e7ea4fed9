// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/certificaterecord.h"
#include "kiosk/store/result.h"
#include "kiosk/store/storecontext.h"

#include <optional>

namespace store {

/// @brief The certificate cache: what the "My certificate" flow reads, and where a certificate
/// the server returned to an online look-up is kept. Rows are filed under the keyed hash of the
/// ID number; the number itself is never stored.
class CertificateStore
{
public:
    explicit CertificateStore(StoreContext &context);

    /// The cached certificate of the holder of `idNumber`, nothing when the cache has none
    /// (ask the server), an Invalid error with the ID-number problem's words for a bad number.
    Result<std::optional<CertificateRecord>> lookupCertificate(QStringView idNumber) const;
    /// Keeps a row the server returned to an online look-up (its idHash already keyed for this
    /// station). Does not move the change-feed cursor: the feed still brings every change.
    Result<void> cacheCertificate(const CertificateRecord &record);

private:
    StoreContext &m_context;
};

} // namespace store
