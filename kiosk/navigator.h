// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/// @brief Where the visitor is: the pages of this visit, for Back, and the page on screen.
///
/// Pages say what happened (a task chosen, an identity given, a request saved) by calling
/// here; the rules of where that leads live in one place. A page that needs to know who the
/// visitor is (PageCatalogue::Entry::needsIdentity) is reached through the identify page, and
/// the visitor arrives where they were going once the card is read or the number typed.
class Navigator : public QObject, public ProcessSingleton<Navigator>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QStringList history READ history NOTIFY historyChanged)
    Q_PROPERTY(QString currentPage READ currentPage NOTIFY historyChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY historyChanged)
    /// The page the visitor is identifying for ("certificate" when nothing else was asked).
    Q_PROPERTY(QString pendingPage READ pendingPage NOTIFY historyChanged)

public:
    [[nodiscard]] QStringList history() const { return m_history; }
    [[nodiscard]] QString currentPage() const { return m_history.constLast(); }
    [[nodiscard]] bool canGoBack() const { return m_history.size() > 1; }
    [[nodiscard]] QString pendingPage() const;

    /// Shows `name` on top of this visit's pages (through identify when it needs an identity).
    Q_INVOKABLE void open(const QString &name);
    /// Opens the identify `step` ("identify" or "idnumber") from a page that identifies its
    /// visitor itself (the volunteers' desk): once identified, the visitor arrives at `page`.
    Q_INVOKABLE void identifyFor(const QString &page, const QString &step);
    /// Replaces the steps that led here (identify, keypad, phone ...) with `name`, so Back does
    /// not lead into a finished step.
    Q_INVOKABLE void finishStep(const QStringList &steps, const QString &name);
    /// The visitor is identified (card read or number typed): on to where they were going.
    /// Nothing happens on pages where a new identity changes nothing on screen.
    Q_INVOKABLE void identified();
    Q_INVOKABLE void back();
    /// Home, with the way back and anything pending forgotten (also a new visit's start).
    Q_INVOKABLE void home();

signals:
    void historyChanged();

private:
    friend class ProcessSingleton<Navigator>;
    explicit Navigator(QObject *parent = nullptr);
    void show(QStringList pages);

    QStringList m_history{QStringLiteral("home")};
    QString m_pending;
};
