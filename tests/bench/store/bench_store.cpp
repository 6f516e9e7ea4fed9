// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store [--rows N] [--dir PATH]: figures for the store at city scale (default 100,000
// cached certificates and 100,000 outbox rows), each with its ratio to a baseline measured
// on the same file in the same run, so the numbers mean something on any machine.
#include "core/idnumber.h"
#include "kiosk/store/certificatekey.h"
#include "kiosk/store/database.h"
#include "kiosk/store/store.h"
#include "kiosk/store/syncqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace store;

namespace {

struct Figure
{
    double meanUs = 0;
    double p50Us = 0;
    double p99Us = 0;
};

Figure summarise(std::vector<double> us)
{
    double sum = 0;
    for (double u : us)
        sum += u;
    std::sort(us.begin(), us.end());
    return {sum / double(us.size()), us[us.size() / 2], us[std::min(us.size() - 1, size_t(double(us.size()) * 0.99))]};
}

double timeOne(const std::function<bool(int)> &op, int i)
{
    QElapsedTimer t;
    t.start();
    if (!op(i)) {
        std::fprintf(stderr, "operation %d failed\n", i);
        std::exit(1);
    }
    return double(t.nsecsElapsed()) / 1000.0;
}

// The operation and its baseline take turns, so a machine busy with other work slows both
// alike and the ratio stays meaningful.
std::pair<Figure, Figure> alternate(int n, const std::function<bool(int)> &baseline, const std::function<bool(int)> &op)
{
    std::vector<double> base, subject;
    base.reserve(size_t(n));
    subject.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        base.push_back(timeOne(baseline, i));
        subject.push_back(timeOne(op, i));
    }
    return {summarise(base), summarise(subject)};
}

void print(const char *name, int n, const Figure &f, const Figure *baseline)
{
    std::printf("%-42s %6d  mean %8.1f us  p50 %8.1f us  p99 %8.1f us", name, n, f.meanUs, f.p50Us, f.p99Us);
    if (baseline)
        std::printf("  x%.2f (p50 x%.2f)", f.meanUs / baseline->meanUs, f.p50Us / baseline->p50Us);
    std::printf("\n");
}

void printPair(const char *name, int n, const std::pair<Figure, Figure> &pair)
{
    print(name, n, pair.second, &pair.first);
}

QString demoIdNumber(int i)
{
    // Distinct valid numbers: 20,000 birth dates times up to 999 sequence numbers.
    const QDate birth = QDate(1940, 1, 1).addDays(i % 20000);
    const QString first17 = u"120101"_qs + birth.toString(u"yyyyMMdd") + QString::number(i / 20000).rightJustified(3, u'0');
    return first17 + core::IdNumber::checkCharacter(first17);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_qs, u"Cached certificates and outbox rows."_qs, u"n"_qs, u"100000"_qs);
    const QCommandLineOption dirOption(u"dir"_qs, u"Folder for the store file (default: a temporary one)."_qs, u"path"_qs);
    parser.addHelpOption();
    parser.addOptions({rowsOption, dirOption});
    parser.process(app);
    const int rows = qMax(1000, parser.value(rowsOption).toInt());

    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + u"/bench-store-XXXXXX"_qs : QString());
    if (!temp.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const QString path = temp.filePath(u"bench.db"_qs);
    Database db(path);
    if (auto opened = db.open(); !opened.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    const QByteArray secret = "bench-station-secret";
    Store st(db, secret);
    SyncQueue sync(db);
    std::printf("bench_store: %d cached certificates, %d outbox rows, file %s\n", rows, rows, qPrintable(path));

    // --- Fill -----------------------------------------------------------------------------
    QStringList ids;
    ids.reserve(rows);
    ChangeSet page;
    page.cursor = u"bench"_qs;
    CertificateKey key(secret);
    for (int i = 0; i < rows; ++i) {
        ids.append(demoIdNumber(i));
        CertificateRecord r;
        r.idHash = key.of(ids.last());
        r.maskedId = ids.last().left(6) + u"********"_qs + ids.last().right(4);
        r.category = core::DisabilityCategory((i % 7) + 1);
        r.level = (i % 4) + 1;
        r.state = core::CertificateState::Issued;
        r.issuedOn = QDate(2018, 1, 1).addDays(i % 2000);
        r.stateSince = r.issuedOn;
        r.validUntil = r.issuedOn.addYears(10).addDays(-1);
        page.certificates.append(r);
    }
    QElapsedTimer fill;
    fill.start();
    if (auto applied = sync.apply(page); !applied.ok()) {
        std::fprintf(stderr, "apply: %s\n", qPrintable(applied.error().detail));
        return 1;
    }
    const double applyMs = double(fill.nsecsElapsed()) / 1e6;
    page = {};

    // Outbox backlog (a station offline for a long time) and the baseline table, in bulk.
    fill.restart();
    auto filled = db.write([&]() -> Result<void> {
        for (const char *sql : {"CREATE TABLE bench_baseline(id INTEGER PRIMARY KEY, v TEXT NOT NULL)",
                                "CREATE TABLE bench_baseline_writes(id INTEGER PRIMARY KEY, v TEXT NOT NULL)"}) {
            if (auto q = db.exec(QString::fromLatin1(sql)); !q.ok())
                return q.error();
        }
        for (int i = 0; i < rows; ++i) {
            const QString id = QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            const QString payload = QStringLiteral("{\"code\":\"AB%1\",\"helpType\":\"home_visit\",\"id\":\"%2\","
                                                   "\"idHash\":\"%3\",\"note\":\"\",\"phone\":\"13812345678\"}")
                                        .arg(i).arg(id, QString(64, u'a'));
            if (auto q = db.exec(u"INSERT INTO outbox(id, kind, payload, created_at) VALUES(?, 'volunteer_request', ?, "
                                 "'2026-01-01T00:00:00.000Z')"_qs, {id, payload});
                !q.ok())
                return q.error();
            if (auto q = db.exec(u"INSERT INTO bench_baseline(id, v) VALUES(?, ?)"_qs, {i, u"value"_qs}); !q.ok())
                return q.error();
        }
        return {};
    });
    if (!filled.ok()) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(filled.error().detail));
        return 1;
    }
    const double fillMs = double(fill.nsecsElapsed()) / 1e6;
    std::printf("apply one page of %d certificates (one transaction): %.0f ms (%.1f us per row)\n", rows, applyMs,
                applyMs * 1000.0 / rows);
    std::printf("bulk outbox + baseline fill: %.0f ms\n\n", fillMs);

    // --- Reads ----------------------------------------------------------------------------
    auto *rng = QRandomGenerator::global();
    const int reads = 20000;
    const auto baseRead = [&](int) {
        auto v = db.scalar(u"SELECT v FROM bench_baseline WHERE id = ?"_qs, {rng->bounded(rows)});
        return v.ok() && v.value().isValid();
    };
    QStringList hashes;
    for (int i = 0; i < 1000; ++i)
        hashes.append(key.of(ids[rng->bounded(rows)]));
    std::printf("reads, each against a primary-key read of a trivial %d-row table (baseline):\n", rows);
    const auto base = alternate(reads, baseRead, baseRead);
    print("baseline: primary-key read, trivial table", reads, base.first, nullptr);
    printPair("  part: ID check + HMAC-SHA256 key", reads,
              alternate(reads, baseRead, [&](int) { return key.of(ids[rng->bounded(rows)]).size() == 64; }));
    printPair("  part: SELECT by id_hash, 12 columns", reads, alternate(reads, baseRead, [&](int i) {
                  auto q = db.exec(u"SELECT id_hash, masked_id, category, level, replacement, state, state_since, "
                                   "issued_on, valid_until, pickup_place_zh, pickup_place_en, updated_at "
                                   "FROM certificates WHERE id_hash = ?"_qs,
                                   {hashes[i % hashes.size()]});
                  return q.ok() && q.value().next();
              }));
    printPair("  part: SELECT by id_hash, 1 column", reads, alternate(reads, baseRead, [&](int i) {
                  auto v = db.scalar(u"SELECT state FROM certificates WHERE id_hash = ?"_qs, {hashes[i % hashes.size()]});
                  return v.ok() && v.value().isValid();
              }));
    printPair("lookupCertificate (hit)", reads, alternate(reads, baseRead, [&](int) {
                  auto found = st.certificates().lookupCertificate(ids[rng->bounded(rows)]);
                  return found.ok() && found.value().has_value();
              }));
    printPair("lookupCertificate (not cached)", reads, alternate(reads, baseRead, [&](int i) {
                  auto found = st.certificates().lookupCertificate(demoIdNumber(rows + i));
                  return found.ok() && !found.value().has_value();
              }));

    // --- Writes (each one committed and synced to disk) -------------------------------------
    const int writes = 300;
    const auto baseWrite = [&](int i) {
        return db.write([&]() -> Result<void> {
                     auto q = db.exec(u"INSERT INTO bench_baseline_writes(v) VALUES(?)"_qs, {i});
                     if (!q.ok())
                         return q.error();
                     return {};
                 })
            .ok();
    };
    std::printf("\nwrites, each committed to disk, against a one-row insert in its own transaction (baseline):\n");
    HelpRequestDraft draft;
    draft.type = core::HelpType::AccompanyToHospital;
    draft.phone = u"13812345678"_qs;
    const auto insert = alternate(writes, baseWrite, [&](int i) {
        draft.idNumber = ids[i];
        return st.requests().submitHelpRequest(draft).ok();
    });
    print("baseline: one-row insert, own transaction", writes, insert.first, nullptr);
    printPair("submitHelpRequest (record + outbox entry)", writes, insert);
    printPair("callStaff (record + outbox entry)", writes,
              alternate(writes, baseWrite, [&](int) { return st.requests().callStaff(u"bench"_qs).ok(); }));

    // --- The sync client's queries over the backlog -----------------------------------------
    std::printf("\nthe sync client's queries over the outbox backlog, against the same read baseline:\n");
    printPair("pending(100)", 500, alternate(500, baseRead, [&](int) {
                  auto batch = sync.pending(100);
                  return batch.ok() && batch.value().size() == 100;
              }));
    printPair("counts()", 200, alternate(200, baseRead, [&](int) { return sync.counts().ok(); }));
    auto finalCounts = sync.counts();
    std::printf("\noutbox now: %d pending, %d parked\n", finalCounts->pending, finalCounts->parked);
    return 0;
}
