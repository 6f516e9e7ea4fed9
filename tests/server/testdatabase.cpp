// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "server/database.h"
#include "server/sealer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace {
QString postgresUrl()
{
    return qEnvironmentVariable("KIOSK_TEST_POSTGRES_URL");
}
} // namespace

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("KIOSK_TEST_ENGINE") == u"postgresql";
}

bool TestDatabase::engineAvailable()
{
    if (isPostgres() && postgresUrl().isEmpty()) {
        // PostgreSQL is the production engine: in CI its tests must run, never skip.
        if (qEnvironmentVariable("CI") == u"true")
            qFatal("KIOSK_TEST_POSTGRES_URL is not set under CI=true: the PostgreSQL tests cannot run");
        QTextStream(stdout) << "skipped: KIOSK_TEST_POSTGRES_URL is not set, no PostgreSQL to test against\n";
        return false;
    }
    return true;
}

bool TestDatabase::makeKeyFile()
{
    // SQLite's default key file name (DB.key), so a server started without --key-file finds it.
    m_keyFile = m_dir.filePath(QStringLiteral("server.sqlite.key"));
    if (!server::Sealer::writeNewKeyFile(m_keyFile, &m_error))
        return false;
    const auto sealer = server::Sealer::fromKeyFile(m_keyFile, &m_error);
    if (!sealer)
        return false;
    server::Database::setDefaultSealer(sealer);
    qputenv("KIOSK_SERVER_KEY_FILE", QFile::encodeName(m_keyFile));
    return true;
}

TestDatabase::TestDatabase()
{
    if (!makeKeyFile())
        return;
    if (!isPostgres()) {
        server::DatabaseUrl url;
        url.engine = server::DatabaseUrl::Engine::Sqlite;
        url.path = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_url = url;
        return;
    }
    const auto admin = server::DatabaseUrl::parse(postgresUrl(), &m_error);
    if (!admin)
        return;
    const QString name = QStringLiteral("kiosk_server_test_%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    auto db = server::Database::open(*admin, &m_error);
    if (!db || !db->exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        if (db)
            m_error = db->lastError();
        return;
    }
    m_url = admin->withDatabase(name);
}

TestDatabase::~TestDatabase()
{
    if (!m_url || m_url->engine != server::DatabaseUrl::Engine::Postgres)
        return;
    QString error;
    const auto admin = server::DatabaseUrl::parse(postgresUrl(), &error);
    if (auto db = admin ? server::Database::open(*admin, &error) : nullptr)
        db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url->database));
}

QString TestDatabase::urlText() const
{
    if (m_url->engine == server::DatabaseUrl::Engine::Sqlite)
        return QStringLiteral("sqlite:") + m_url->path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_url->user, m_url->host).arg(m_url->port).arg(m_url->database);
}
