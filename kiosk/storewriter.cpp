// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/storewriter.h"
#include "core/translatabletext.h"

#include "kiosk/stationstore.h"
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"

#include <QSemaphore>

using namespace Qt::StringLiterals;

/// Lives on the writer's thread and owns its connection: Qt SQL connections belong to the
/// thread that made them.
class StoreWriter::Worker : public QObject
{
public:
    void open(const QString &path, const QByteArray &secret)
    {
        close();
        auto db = std::make_unique<store::Database>(path);
        // The GUI thread's connection migrated the file already: this one only opens it.
        if (const auto opened = db->open(false); !opened.ok()) {
            qWarning("kiosk: the store writer could not open the store: %s", qPrintable(opened.error().detail));
            return;
        }
        m_db = std::move(db);
        m_store = std::make_unique<store::Store>(*m_db, secret);
    }
    void close()
    {
        m_store.reset();
        m_db.reset();
    }
    [[nodiscard]] store::Store *store() const { return m_store.get(); }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Store> m_store;
};

StoreWriter::StoreWriter(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"store writer"_s);
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

store::StoreError StoreWriter::notOpenError()
{
    return store::StoreError::make(store::StoreError::Kind::Storage, core::TranslatableText::translate("StoreWriter",
                                   "The kiosk cannot save requests right now. Please press \"Call staff\"."),
                                   u"store writer not open"_s);
}

void StoreWriter::noteSaved()
{
    StationStore::instance()->noteRecordSaved();
}

void StoreWriter::open(const QString &path, const QByteArray &secret)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, secret] { worker->open(path, secret); },
                              Qt::BlockingQueuedConnection);
    m_open = m_worker->store() != nullptr;
}

void StoreWriter::close()
{
    if (!m_thread.isRunning())
        return;
    // Writes already posted finish first: a visitor's request is never dropped at shut-down.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_open = false;
}

void StoreWriter::post(std::function<void(store::Store *)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { job(worker->store()); },
                              Qt::QueuedConnection);
}

void StoreWriter::flush()
{
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}
