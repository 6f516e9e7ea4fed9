// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace server {

/// @brief The API's limits and trust settings (command-line options of `kiosk-server`).
struct ServerConfig
{
    int maxBodyBytes = 1024 * 1024;
    double rateLimitPerSecond = 20;  ///< per station; 0 switches the limit off
    double rateLimitBurst = 40;
    /// Online certificate lookups have their own, tighter limit per station: a kiosk looks up
    /// one visitor at a time, so many lookups in a row look like someone trying numbers.
    double lookupsPerMinute = 30; ///< 0 switches the lookup limit off
    double lookupBurst = 10;
    /// Unknown or invalid bearer tokens per address: `unknownTokenBurst` failures at once, then
    /// this many a second (0 with rateLimitPerSecond 0 switches it off).
    double unknownTokensPerSecond = 1;
    double unknownTokenBurst = 10;
    /// Take the station from X-Station-Id (set by nginx after verifying the client certificate),
    /// but only on requests the HTTP layer marked ApiRequest::fromTrustedProxy (they carried the
    /// shared proxy secret).
    bool trustProxyHeader = false;
    /// Days after which a certificate application nobody closed (still submitted or accepted)
    /// loses its phone; done and refused ones lose it at once. 0 keeps them.
    int applicationPhoneDays = 180;
};

} // namespace server
