// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace server {

/// @brief Where the server's data lives: `sqlite:PATH` or `postgresql://user[:pw]@host[:port]/db`.
struct DatabaseUrl
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    [[nodiscard]] static std::optional<DatabaseUrl> parse(const QString &text, QString *problem);
    /// The same URL with `database` replaced (tests create scratch databases).
    [[nodiscard]] DatabaseUrl withDatabase(const QString &name) const;
    /// For messages: never shows a password.
    [[nodiscard]] QString describe() const;
};

} // namespace server
