// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/keyadmincommands.h"

#include "server/database.h"
#include "server/sealer.h"
#include "server/sealingpass.h"

namespace server {

QString KeyAdminCommands::usage()
{
    return QStringLiteral(
        "  rotate-key --key-file OLD --new-key-file NEW   seal ID numbers and station keys again with NEW\n"
        "                                            (one transaction; then start the servers with NEW)\n"
        "every admin command takes --key-file FILE (or KIOSK_SERVER_KEY_FILE); SQLite's default is DB.key\n"
        "kiosk-server keygen FILE                    a new key file (32 random bytes, hex, mode 0600)\n");
}

int KeyAdminCommands::keygen(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1 || arguments.first().startsWith(u"--")) {
        err << "usage: kiosk-server keygen FILE\n";
        return 2;
    }
    QString problem;
    if (!Sealer::writeNewKeyFile(arguments.first(), &problem)) {
        err << problem << "\n";
        return 1;
    }
    const auto sealer = Sealer::fromKeyFile(arguments.first(), &problem);
    if (!sealer) {
        err << problem << "\n";
        return 1;
    }
    out << "key " << sealer->keyId() << " written to " << arguments.first()
        << " (mode 0600); keep it apart from the database and its backups\n";
    return 0;
}

bool KeyAdminCommands::run(const QString &command, int *status)
{
    if (command != u"rotate-key")
        return false;
    *status = rotate();
    return true;
}

int KeyAdminCommands::rotate()
{
    const QString newPath = m_options.value(QStringLiteral("new-key-file"));
    if (newPath.isEmpty()) {
        m_err << "missing --new-key-file (make one with kiosk-server keygen FILE)\n";
        return 2;
    }
    QString problem;
    // The connection was opened (and every plain row sealed) with the old key.
    const auto old = Sealer::forServer(m_options.value(QStringLiteral("key-file")), m_db.url(), &problem);
    const auto fresh = old ? Sealer::fromKeyFile(newPath, &problem) : nullptr;
    if (!old || !fresh) {
        m_err << problem << "\n";
        return 1;
    }
    if (fresh->keyId() == old->keyId()) {
        m_err << "the new key file holds the same key (" << old->keyId() << ") as the old one\n";
        return 2;
    }
    m_db.setSealer(fresh);
    SealingPass::Counts counts;
    if (!SealingPass::run(m_db, old.get(), &problem, &counts)) {
        m_db.setSealer(old);
        m_err << "rotate-key: nothing changed: " << problem << "\n";
        return 1;
    }
    m_out << "rotate-key: " << counts.cacheKeys << " station cache keys and " << counts.idNumbers
          << " ID numbers sealed again with key " << fresh->keyId() << " (was " << old->keyId()
          << "); start every kiosk-server with --key-file " << newPath << " now\n";
    return 0;
}

} // namespace server
