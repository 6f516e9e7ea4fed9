// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/stationstore.h"

#include "accessibility/visitorsettings.h"
#include "core/masking.h"
#include "drivers/idcard/demoidentities.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/storewriter.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace {

/// The demo's simulated reader lays the driver's invented cards, whose numbers are not among
/// the store's demo people: give them certificates too, so "present demo card" in staff mode
/// leads somewhere in the demo. Server-owned rows, written as a change page without a cursor.
void addReaderDemoCertificates(store::Store &st, store::Database &db)
{
    using core::CertificateState;
    const QDate today = st.now().date();
    struct Plan { CertificateState state; core::DisabilityCategory category; int level; };
    const QList<Plan> plans = {
        {CertificateState::UnderReview, core::DisabilityCategory::Physical, 2},
        {CertificateState::ReadyForPickup, core::DisabilityCategory::Visual, 1},
        {CertificateState::Issued, core::DisabilityCategory::Hearing, 3}, // near expiry: renewal due
        {CertificateState::AwaitingAssessment, core::DisabilityCategory::Speech, 4},
        {CertificateState::Received, core::DisabilityCategory::Physical, 3},
        {CertificateState::Issued, core::DisabilityCategory::Intellectual, 2},
    };
    store::ChangeSet page;
    const QList<idcard::IdCard> cards = idcard::DemoIdentities::all();
    for (qsizetype i = 0; i < cards.size() && i < plans.size(); ++i) {
        if (!cards[i].idNumberValid)
            continue;
        store::CertificateRecord record;
        record.idHash = st.keyFor(cards[i].idNumber);
        record.maskedId = core::maskIdNumber(cards[i].idNumber);
        record.category = plans[i].category;
        record.level = plans[i].level;
        record.state = plans[i].state;
        record.stateSince = today.addDays(-3);
        if (plans[i].state == CertificateState::Issued) {
            record.validUntil = i == 2 ? today.addDays(40) : today.addYears(6);
            record.issuedOn = record.validUntil.addYears(-10);
            record.stateSince = record.issuedOn;
        }
        if (plans[i].state == CertificateState::ReadyForPickup)
            record.pickupPlace = {u"区残联服务大厅2号窗口"_s, u"District federation service hall, window 2"_s};
        record.updatedAt = st.now();
        page.certificates.append(record);
    }
    if (auto applied = store::SyncQueue(db).apply(page); !applied.ok())
        qWarning("kiosk: demo certificates for the simulated reader not added: %s", qPrintable(applied.error().detail));
}

} // namespace

StationStore::StationStore(QObject *parent)
    : QObject(parent)
{
    // Texts follow the visitor's language like every qsTr() string on the screen.
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit problemChanged();
        emit lastErrorChanged();
    });
}

StationStore::~StationStore() = default;

QString StationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/kiosk.db"_s;
}

bool StationStore::open(const QString &path, const QByteArray &secret, bool demo)
{
    close();
    m_path = path.isEmpty() ? defaultPath() : path;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        fail(core::TranslatableText::translate("StationStore", "The kiosk cannot create its data folder."),
             u"cannot create the folder of "_s + m_path);
        return false;
    }
    m_db = std::make_unique<store::Database>(m_path);
    if (auto opened = m_db->open(); !opened.ok()) {
        fail(opened.error().message, opened.error().detail);
        m_db.reset();
        return false;
    }
    m_store = std::make_unique<store::Store>(*m_db, secret);
    if (demo) {
        const auto empty = m_store->isEmpty();
        if (empty.ok() && empty.value()) {
            if (auto installed = store::DemoData::install(*m_store, m_store->now().date()); !installed.ok())
                qWarning("kiosk: the demo data could not be installed: %s", qPrintable(installed.error().detail));
            else
                addReaderDemoCertificates(*m_store, *m_db);
        }
    }
    m_problem = {};
    // Visitors' writes go through a connection of their own, off the GUI thread.
    StoreWriter::instance()->open(m_path, secret);
    emit problemChanged();
    emit availableChanged();
    refreshCounts();
    return true;
}

void StationStore::close()
{
    const bool was = available();
    StoreWriter::instance()->close();
    m_store.reset();
    m_db.reset();
    if (was)
        emit availableChanged();
}

void StationStore::fail(const core::TranslatableText &words, const QString &detail)
{
    // The store's own words too (e.g. TooNew: "...written by a newer version of the kiosk..."),
    // so the journal tells a technician what the screen tells staff; they hold no personal data.
    qWarning("kiosk: the local store is not available: %s (%s)", qPrintable(words.english()), qPrintable(detail));
    m_store.reset();
    m_problem = words;
    m_lastError = words;
    emit problemChanged();
    emit lastErrorChanged();
    emit availableChanged();
}

QString StationStore::problem() const
{
    return m_problem.in(VisitorSettings::instance()->language());
}

QString StationStore::lastError() const
{
    return m_lastError.in(VisitorSettings::instance()->language());
}

void StationStore::noteError(const core::TranslatableText &words)
{
    m_lastError = words;
    emit lastErrorChanged();
}

void StationStore::noteRecordSaved()
{
    emit recordSaved();
    // Counting a long backlog takes milliseconds: after the visitor's code is on screen, and
    // once for several saves in a row.
    if (!m_countsPending) {
        m_countsPending = true;
        QTimer::singleShot(0, this, [this] {
            m_countsPending = false;
            refreshCounts();
        });
    }
}

void StationStore::refreshCounts()
{
    if (!m_db)
        return;
    store::SyncQueue queue(*m_db);
    const auto counts = queue.counts();
    if (!counts.ok()) {
        noteError(counts.error().message);
        return;
    }
    m_pending = counts.value().pending;
    m_parked = counts.value().parked;
    m_parkedReasons.clear();
    if (m_parked > 0) {
        if (const auto parked = queue.parked(parkedShown); parked.ok()) {
            for (const store::OutboxEntry &entry : parked.value())
                m_parkedReasons.append(QStringLiteral("%1, %2: %3").arg(
                    entry.kind,
                    QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"),
                    entry.parkedReason));
        }
    }
    emit countsChanged();
}
