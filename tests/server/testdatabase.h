// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

/// @brief A scratch database for one test run on the engine named by KIOSK_TEST_ENGINE
/// ("sqlite", the default, or "postgresql" from KIOSK_TEST_POSTGRES_URL), dropped afterwards,
/// with its own key file for the sealed columns.
class TestDatabase
{
public:
    /// The engine of this run; prints "skipped: ..." and returns false when it cannot run.
    static bool engineAvailable();
    [[nodiscard]] static bool isPostgres();

    TestDatabase();
    ~TestDatabase();

    [[nodiscard]] bool isValid() const { return m_url.has_value(); }
    [[nodiscard]] const server::DatabaseUrl &url() const { return *m_url; }
    /// The URL as `kiosk-server --db` takes it.
    [[nodiscard]] QString urlText() const;
    [[nodiscard]] QString error() const { return m_error; }
    /// The key file of this database's sealed columns (0600, in the scratch folder). Every
    /// Database opened in this process from now on gets its key (Database::setDefaultSealer),
    /// and KIOSK_SERVER_KEY_FILE names it for the kiosk-server processes a test starts.
    [[nodiscard]] QString keyFile() const { return m_keyFile; }

private:
    bool makeKeyFile();

    std::optional<server::DatabaseUrl> m_url;
    QTemporaryDir m_dir;
    QString m_error;
    QString m_keyFile;
};

/// main() for the storage tests: skip (77) when the engine is missing, else run the test object.
#define KIOSK_STORAGE_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        if (!TestDatabase::engineAvailable())                                                      \
            return 77;                                                                             \
        TestObject tc;                                                                             \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
