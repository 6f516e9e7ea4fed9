// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QQmlApplicationEngine>
#include <QString>
#include <functional>
#include <memory>

class LanguageController;
class QQuickItem;
class QQuickWindow;

/// @brief The kiosk's real main window, loaded as the `kiosk` program loads it, for tests that
/// drive it with keys and touches and read what it shows.
class MainWindowFixture
{
public:
    /// `beforeLoad` runs once the previous visit is over and before the window loads, as the
    /// kiosk's `--screenshot` prepares a page's demo visitor before it shows the page.
    explicit MainWindowFixture(const QString &startPage = QStringLiteral("home"),
                               const std::function<void()> &beforeLoad = {});
    ~MainWindowFixture();

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] QQmlApplicationEngine *engine() const { return m_engine.get(); }
    /// The first item with this objectName, or nullptr.
    [[nodiscard]] QQuickItem *find(const QString &objectName) const;
    /// Texts a visitor can see now: visible, non-empty Text items inside the window.
    [[nodiscard]] QStringList visibleTexts() const;
    /// The title of the page on screen.
    [[nodiscard]] QString pageTitle() const;
    [[nodiscard]] QQuickItem *focusedItem() const;
    /// The test process's store file (demo data, a temporary folder) the window writes to.
    [[nodiscard]] static QString storePath();

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<LanguageController> m_languages;
    QQuickWindow *m_window = nullptr;
};
