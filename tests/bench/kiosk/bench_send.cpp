// SPDX-License-Identifier: GPL-3.0-or-later
// bench_send [--rows N] [--sends N]: "Send" pressed on the help request's review page until its
// code is there to show, through the real view model (HelpRequest) and the store writer's
// thread, on a store that already holds N help requests (default 100,000). The baseline, timed
// in turn with it on the same file, is a one-row insert in its own transaction from the GUI
// thread: what any durable write costs on this disk.
#include "core/idnumber.h"
#include "kiosk/helprequest.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/database.h"
#include "kiosk/store/requeststore.h"
#include "kiosk/store/store.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Figure
{
    double p50Us = 0;
    double p99Us = 0;
};

Figure summarise(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[std::min(us.size() - 1, size_t(double(us.size()) * 0.99))]};
}

QString idNumber(int i)
{
    const QDate birth = QDate(1940, 1, 1).addDays(i % 20000);
    const QString first17 = u"120101"_s + birth.toString(u"yyyyMMdd") + QString::number(i / 20000).rightJustified(3, u'0');
    return first17 + core::IdNumber::checkCharacter(first17);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Help requests already in the store."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption sendsOption(u"sends"_s, u"Requests sent and timed."_s, u"n"_s, u"1000"_s);
    parser.addHelpOption();
    parser.addOptions({rowsOption, sendsOption});
    parser.process(app);
    const int rows = qMax(100, parser.value(rowsOption).toInt());
    const int sends = qMax(10, parser.value(sendsOption).toInt());
    QTemporaryDir temp;
    const QString path = temp.filePath(u"bench.db"_s);
    const QByteArray secret = "bench-station-secret";

    // --- Fill through the real store code, without fsync (a bulk load, not what is timed) ---
    {
        store::Database db(path);
        if (auto opened = db.open(); !opened.ok()) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().detail));
            return 1;
        }
        (void)db.exec(u"PRAGMA synchronous=OFF"_s);
        store::Store st(db, secret);
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < rows; ++i) {
            store::HelpRequestDraft draft;
            draft.type = core::HelpType::AccompanyToHospital;
            draft.idNumber = idNumber(i);
            draft.phone = u"13812345678"_s;
            if (auto saved = st.requests().submitHelpRequest(draft); !saved.ok()) {
                std::fprintf(stderr, "fill: %s\n", qPrintable(saved.error().detail));
                return 1;
            }
        }
        if (auto made = db.exec(u"CREATE TABLE bench_baseline(id INTEGER PRIMARY KEY, v TEXT NOT NULL)"_s); !made.ok())
            return 1;
        std::printf("bench_send: %d help requests (and their outbox rows) filled in %.1f s, file %s\n", rows,
                    double(fill.elapsed()) / 1000.0, qPrintable(path));
    }

    // --- The kiosk as it runs: GUI-thread connection, store writer thread, the view model ----
    if (!StationStore::instance()->open(path, secret, false)) {
        std::fprintf(stderr, "the station store did not open\n");
        return 1;
    }
    store::Database baselineDb(path);
    if (!baselineDb.open(false).ok())
        return 1;
    store::Store direct(baselineDb, secret);
    HelpRequest *help = Visit::instance()->help();
    std::vector<double> baseline, write, send;
    baseline.reserve(size_t(sends));
    send.reserve(size_t(sends));
    for (int i = 0; i < sends; ++i) {
        QElapsedTimer t;
        t.start();
        auto inserted = baselineDb.write([&]() -> store::Result<void> {
            if (auto q = baselineDb.exec(u"INSERT INTO bench_baseline(v) VALUES('value')"_s); !q.ok())
                return q.error();
            return {};
        });
        if (!inserted.ok())
            return 1;
        baseline.push_back(double(t.nsecsElapsed()) / 1000.0);

        // The write alone (record + outbox entry in one transaction), on this thread.
        store::HelpRequestDraft draft;
        draft.type = core::HelpType::AccompanyToHospital;
        draft.idNumber = idNumber(2 * rows + i);
        t.restart();
        if (!direct.requests().submitHelpRequest(draft).ok())
            return 1;
        write.push_back(double(t.nsecsElapsed()) / 1000.0);

        VisitorIdentity::instance()->setTyped(idNumber(rows + i));
        help->start();
        help->chooseHelpType(u"accompany_to_hospital"_s);
        help->chooseAnyTime();
        help->choosePlace(u"arrange"_s);
        QEventLoop loop;
        qint64 codeAtNs = 0;
        // Timed to the moment the code is there for the page to show, not to whatever the event
        // loop does after it (the staff counts are refreshed then).
        const auto done = QObject::connect(help, &HelpRequest::resultChanged, &loop, [&] {
            if (!help->code().isEmpty()) {
                codeAtNs = t.nsecsElapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        t.restart();
        if (!help->submit()) {
            std::fprintf(stderr, "send %d refused: %s\n", i, qPrintable(help->errorText()));
            return 1;
        }
        loop.exec();
        send.push_back(double(codeAtNs) / 1000.0);
        // What the event loop does after the code is shown (the staff counts), before the next.
        QCoreApplication::processEvents();
        QObject::disconnect(done);
        if (help->code().isEmpty()) {
            std::fprintf(stderr, "send %d: no code within 10 s\n", i);
            return 1;
        }
    }
    const Figure b = summarise(baseline);
    const Figure w = summarise(write);
    const Figure s = summarise(send);
    std::printf("%-44s %6d  p50 %8.1f us  p99 %8.1f us\n", "baseline: one-row insert, own transaction", sends, b.p50Us,
                b.p99Us);
    std::printf("%-44s %6d  p50 %8.1f us  p99 %8.1f us  x%.2f (p99 x%.2f)\n", "  part: record + outbox write, same thread",
                sends, w.p50Us, w.p99Us, w.p50Us / b.p50Us, w.p99Us / b.p99Us);
    std::printf("%-44s %6d  p50 %8.1f us  p99 %8.1f us  x%.2f (p99 x%.2f)\n", "Send -> code (view model, writer thread)",
                sends, s.p50Us, s.p99Us, s.p50Us / b.p50Us, s.p99Us / b.p99Us);
    StationStore::instance()->close();
    return 0;
}
