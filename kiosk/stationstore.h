// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QByteArray>
#include "accessibility/processsingleton.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace store {
class Database;
class Store;
} // namespace store

/// @brief The kiosk's local store as the view models and staff mode see it: open or not, why
/// not in plain words, the outbox counts, and the last problem any flow met.
///
/// A store that cannot open never stops the kiosk: the pages say so and offer Call staff.
class StationStore : public QObject, public ProcessSingleton<StationStore>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int parkedCount READ parkedCount NOTIFY countsChanged)
    /// The records the server refused, each as "kind, when: the server's reason" (no payload,
    /// no personal data), for staff to act on.
    Q_PROPERTY(QStringList parkedReasons READ parkedReasons NOTIFY countsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    ~StationStore() override;

    /// Opens (and migrates) the file; in demo mode fills an empty store with the demo data.
    /// False when it cannot: problem() says why, and the kiosk goes on without it.
    bool open(const QString &path, const QByteArray &secret, bool demo);
    void close();

    [[nodiscard]] bool available() const { return m_store != nullptr; }
    /// Null when the store is not available.
    [[nodiscard]] store::Store *store() const { return m_store.get(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] int pendingCount() const { return m_pending; }
    [[nodiscard]] int parkedCount() const { return m_parked; }
    [[nodiscard]] QStringList parkedReasons() const { return m_parkedReasons; }
    /// How many refused records staff mode lists (the count says how many there are in all).
    static constexpr int parkedShown = 5;
    [[nodiscard]] QString lastError() const;

    /// A flow met a problem: kept (without personal data) for the staff screen.
    void noteError(const core::TranslatableText &words);

    /// The default file: kiosk.db in the kiosk's data folder.
    [[nodiscard]] static QString defaultPath();

public slots:
    void refreshCounts();
    /// A view model saved a visitor's record (and its outbox entry): counts change, and the
    /// sync client delivers it now rather than at its next round.
    void noteRecordSaved();

signals:
    void availableChanged();
    void problemChanged();
    void countsChanged();
    void recordSaved();
    void lastErrorChanged();

private:
    friend class ProcessSingleton<StationStore>;
    explicit StationStore(QObject *parent = nullptr);
    void fail(const core::TranslatableText &words, const QString &detail);

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Store> m_store;
    QString m_path;
    core::TranslatableText m_problem;
    core::TranslatableText m_lastError;
    int m_pending = 0;
    int m_parked = 0;
    QStringList m_parkedReasons;
    bool m_countsPending = false;
};
