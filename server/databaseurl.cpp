// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/databaseurl.h"

#include <QUrl>

namespace server {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *problem)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.engine = Engine::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            if (problem)
                *problem = QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/kiosk-server/server.sqlite");
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl u(text);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            if (problem)
                *problem = QStringLiteral("expected postgresql://user@host:port/database");
            return std::nullopt;
        }
        url.engine = Engine::Postgres;
        url.host = u.host();
        url.port = u.port(5432);
        url.user = u.userName();
        url.password = u.password();
        url.database = u.path().mid(1);
        return url;
    }
    if (problem)
        *problem = QStringLiteral("the database must be sqlite:PATH or postgresql://user@host:port/database");
    return std::nullopt;
}

DatabaseUrl DatabaseUrl::withDatabase(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.database = name;
    return copy;
}

QString DatabaseUrl::describe() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace server
