// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ratelimiter.h"
#include "server/serverconfig.h"

#include <memory>

namespace server {

/// @brief The rate limits of one server process, shared by the API of every worker thread.
///
/// Each worker has its own ApiRouter (its own database connection), but a station or an
/// address has one allowance for the whole process, whichever worker answers it.
struct SharedLimiters
{
    explicit SharedLimiters(const ServerConfig &config)
        : station(config.rateLimitPerSecond, config.rateLimitBurst),
          lookup(config.lookupsPerMinute / 60.0, config.lookupBurst),
          // Unauthenticated enrollment gets a tight limit per address: codes must not be guessable.
          enrollAddress(config.rateLimitPerSecond > 0 ? 1.0 : 0.0, 10),
          // Failed tokens are counted per address: guessing tokens costs a second a guess once
          // the burst is spent, and the answer (429) comes before any database look-up.
          unknownToken(config.rateLimitPerSecond > 0 ? config.unknownTokensPerSecond : 0.0, config.unknownTokenBurst)
    {
    }
    static std::shared_ptr<SharedLimiters> make(const ServerConfig &config)
    {
        return std::make_shared<SharedLimiters>(config);
    }

    RateLimiter station;
    RateLimiter lookup;
    RateLimiter enrollAddress;
    RateLimiter unknownToken;
};

} // namespace server
