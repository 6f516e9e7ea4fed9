// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk-server: serve the API, or run an administrator's command (kiosk-server admin ...).
#include "translations/catalogues.h"
#include "server/admincommand.h"
#include "server/keyadmincommands.h"
#include "server/servecommand.h"
#include "server/volunteeradmincommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <QTextStream>

namespace {

/// The GUI application (offscreen, no display needed) only for what prints a PDF: a command
/// that does, and serving, whose console prints the volunteers' hours certificates.
/// QTextDocument lays out text with the platform's fonts. The other commands stay headless.
std::unique_ptr<QCoreApplication> application(int &argc, char *argv[])
{
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const bool admin = argc > 1 && qstrcmp(argv[1], "admin") == 0;
    const bool serves = !admin && !(argc > 1 && qstrcmp(argv[1], "keygen") == 0);
    if (serves || (admin && server::VolunteerAdminCommands::printsPdf(args))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = application(argc, argv);
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
    if (args.size() > 1 && args.at(1) == u"keygen") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return server::KeyAdminCommands::keygen(args.mid(2), out, err);
    }
    return server::ServeCommand::run(args);
}
