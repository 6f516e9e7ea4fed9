// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/databaseurl.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

/// @brief A scratch database for one test run on the engine named by KIOSK_TEST_ENGINE
/// ("sqlite", the default, or "postgresql" from KIOSK_TEST_POSTGRES_URL), dropped afterwards.
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

private:
    std::optional<server::DatabaseUrl> m_url;
    QTemporaryDir m_dir;
    QString m_error;
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
