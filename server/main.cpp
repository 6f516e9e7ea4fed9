// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-server: serve the API, or run an administrator's command (kiosk-server admin ...).
#include "translations/catalogues.h"
#include "server/admincommand.h"
#include "server/servecommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk-server"));
    // Words the server sends the kiosks in both languages (help types, place kinds) come from
    // the kiosk's own catalogues.
    Catalogues::install();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == u"admin") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return server::AdminCommand(out, err).run(args.mid(2));
    }
    return server::ServeCommand::run(args);
}
