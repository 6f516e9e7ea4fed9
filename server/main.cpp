// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-server: serve the API, or run an administrator's command (kiosk-server admin ...).
#include "server/admincommand.h"
#include "server/servecommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk-server"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == u"admin") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return server::AdminCommand(out, err).run(args.mid(2));
    }
    return server::ServeCommand::run(args);
}
