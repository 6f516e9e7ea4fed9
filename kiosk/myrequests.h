// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"
#include "kiosk/store/result.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// @brief "My requests": the identified visitor's help requests, newest first, a screen of them
/// at a time, with cancelling (a visitor write, off the GUI thread) and the way to rate.
///
/// Items are plain maps for QML: {id, code, type, typeName, icon, stage, volunteer, agreedAt,
/// when, where, created, rated, stars, cancellable, rateable}. `stage` is a key QML words:
/// "waitingToSend", "received", "volunteerFound", "done", "cancelled", "cancelling".
class MyRequests : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /// The items of the page on screen.
    Q_PROPERTY(QVariantList pageItems READ pageItems NOTIFY itemsChanged)
    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY itemsChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY itemsChanged)
    /// How many items one screen holds (the page sets it from its size and text scale).
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY itemsChanged)
    /// "ok", "noVisitor", "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY itemsChanged)
    /// A cancellation is being written.
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit MyRequests(QObject *parent = nullptr);

    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QVariantList pageItems() const;
    [[nodiscard]] int pageIndex() const { return m_pageIndex; }
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString errorText() const;

    /// Reads this visitor's requests from the store again (first page).
    Q_INVOKABLE void reload();

    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();
    /// The item with `id`, or an empty map.
    Q_INVOKABLE QVariantMap item(const QString &id) const;
    /// Withdraws a request that is not done; true when the write started. `cancelled(id)`
    /// follows once the cancellation is on disk.
    Q_INVOKABLE bool cancel(const QString &requestId);

    void wipeVisitorData() override;

signals:
    void itemsChanged();
    void savingChanged();
    void errorChanged();
    void cancelled(const QString &requestId);

private:
    /// reload(), staying on the page shown (or the last one, when the list got shorter).
    void reloadKeepingPage();
    void setError(const core::TranslatableText &words);
    void setSaving(bool saving);

    QVariantList m_items;
    QString m_outcome = QStringLiteral("noVisitor");
    int m_pageIndex = 0;
    int m_pageSize = 3;
    bool m_saving = false;
    core::TranslatableText m_error;
    quint64 m_visitGeneration = 0;
};
