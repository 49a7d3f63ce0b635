// SPDX-License-Identifier: EUPL-1.2
// Issue 16.9: writes to user.sqlite never block the window. A list of 5,000 rows is scrolled
// one step per frame (scroll, then a synchronous repaint) three times:
//   floor  — scrolling only;
//   store  — with a burst of 1,000 history writes through PersonalStore, spread over the frames;
//   direct — the same writes done on the window's thread, one transaction each (what the window
//            would do without the store's writer thread), to show what is avoided.
// Reports frame times (median, 95th percentile, slowest, frames over 16 ms) and each run's ratio
// to the floor measured in the same run. With FLEXWONEN_BENCH_STRICT=1 it fails when a frame of
// the store run takes 16 ms or more.
// Usage: personalbench [--frames N] [--writes N]   (QT_QPA_PLATFORM=offscreen works)
#include "kb/database.h"
#include "kb/schema.h"
#include "personal/personalstore.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QStringListModel>
#include <QTemporaryDir>

using namespace Flexwonen;

namespace {

struct Frames
{
    QList<double> ms;
    double percentile(double p) const
    {
        QList<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[std::min(qsizetype(v.size() * p), v.size() - 1)];
    }
    double slowest() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    int over(double limit) const
    {
        return int(std::count_if(ms.begin(), ms.end(), [limit](double t) { return t >= limit; }));
    }
};

// Scrolls view one step per frame; before frame i, work(i) runs (the writes of that frame).
template <typename Work> Frames scroll(QListView &view, int frames, Work work)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    Frames result;
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        t.start();
        work(i);
        bar->setValue((bar->value() + 37) % std::max(1, bar->maximum()));
        view.viewport()->repaint();
        QCoreApplication::processEvents(); // the store's timers and results, as the loop would
        result.ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return result;
}

void print(const char *name, const Frames &f, const Frames &floor)
{
    std::printf("%-7s median %6.2f ms  p95 %6.2f ms  slowest %6.2f ms  frames>=16ms %3d  "
                "ratio(p95/floor) %5.2f\n",
                name, f.percentile(0.5), f.percentile(0.95), f.slowest(), f.over(16),
                floor.percentile(0.95) > 0 ? f.percentile(0.95) / floor.percentile(0.95) : 0);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int frames = option(args, QStringLiteral("--frames"), 200);
    const int writes = option(args, QStringLiteral("--writes"), 1000);
    const int perFrame = std::max(1, writes / frames);

    QStringList rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(QStringLiteral("Regel %1: huisvesting van arbeidsmigranten").arg(i));
    QStringListModel model(rows);
    QListView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QCoreApplication::processEvents();

    QTemporaryDir dir;
    const Frames floor = scroll(view, frames, [](int) {});

    int written = 0;
    Frames store;
    {
        Personal::PersonalStore personal(dir.filePath(QStringLiteral("store.sqlite")));
        store = scroll(view, frames, [&](int) {
            for (int k = 0; k < perFrame && written < writes; ++k, ++written)
                personal.recordVisit(QStringLiteral("item-%1").arg(written % 300),
                                     QStringLiteral("Titel %1").arg(written));
        });
    } // waits for the writer: every visit is on disk before the next run

    Kb::Connection direct(dir.filePath(QStringLiteral("direct.sqlite")),
                          Kb::Connection::Mode::ReadWrite);
    Kb::Schema::migrate(direct, Kb::Schema::Store::User);
    int directWritten = 0;
    const Frames blocking = scroll(view, frames, [&](int) {
        for (int k = 0; k < perFrame && directWritten < writes; ++k, ++directWritten) {
            QSqlQuery q = direct.prepare(
                QStringLiteral("INSERT INTO history (item_id, visited) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("item-%1").arg(directWritten % 300));
            q.addBindValue(QStringLiteral("2026-11-29T00:00:00Z"));
            direct.run(q);
        }
    });

    std::printf("personalbench: %d frames, %d history writes (%d per frame)\n", frames, written,
                perFrame);
    print("floor", floor, floor);
    print("store", store, floor);
    print("direct", blocking, floor);
    Kb::Connection check(dir.filePath(QStringLiteral("store.sqlite")),
                         Kb::Connection::Mode::ReadOnly);
    const int onDisk = check.scalar(QStringLiteral("SELECT count(*) FROM history")).toInt();
    std::printf("store: %d of %d visits on disk\n", onDisk, written);
    if (onDisk != written)
        return 1;
    if (qEnvironmentVariableIntValue("FLEXWONEN_BENCH_STRICT") == 1 && store.slowest() >= 16) {
        std::printf("FAIL: a frame took %.2f ms while the store wrote\n", store.slowest());
        return 1;
    }
    return 0;
}
