// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apirequest.h"
#include "server/console/consoleaudit.h"
#include "server/console/consolescope.h"
#include "server/console/consolesettings.h"
#include "server/console/consoleuser.h"
#include "server/database.h"

#include <QJsonObject>
#include <QString>

namespace server::console {

/// @brief One API call, after the session and CSRF checks passed.
struct ConsoleCall
{
    const ApiRequest &request;
    const ConsoleUser &user;
    const ConsoleScope &scope;
    QString pathArg;  ///< the {id} segment when the pattern has one
    QJsonObject body; ///< POST bodies, parsed (core::wire::JsonBody); empty for GET
    Database &db;
    ConsoleAudit &audit;
    const ConsoleSettings &settings;
};

} // namespace server::console
