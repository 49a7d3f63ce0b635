// SPDX-License-Identifier: EUPL-1.2
// The own report's chooser at scale (issue 14.9): opening the report dialog on it and typing a
// filter one key at a time, on each knowledge base given; medians over rounds, and the ratio of
// each base to the first (the floor, measured in the same run).
// Usage: chooserbench ROUNDS BASE.sqlite [BIG.sqlite …]   (QT_QPA_PLATFORM=offscreen works)
#include "kb/knowledgebase.h"
#include "settings/preferences.h"
#include "ui/dialogs/exportdialog.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace Flexwonen;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct Times
{
    double open = 0;      // ms, dialog made and switched to the own report
    double keystroke = 0; // ms, the slowest key of the filter, median over rounds
};

Times measure(const QString &path, int rounds)
{
    Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
    QTemporaryDir dir;
    Settings::Preferences preferences({dir.filePath(QStringLiteral("flexwonen.conf")), {}});
    QList<double> opens;
    QList<double> keys;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        Ui::ExportDialog dialog(preferences, kb, Ui::ExportDialog::Action::Export, {}, {});
        dialog.findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(4);
        opens.append(double(t.nsecsElapsed()) / 1e6);
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("CustomItemFilter"));
        double slowest = 0;
        QString typed;
        for (const QChar c : QStringLiteral("huisvesting")) {
            typed += c;
            t.restart();
            filter->setText(typed);
            slowest = std::max(slowest, double(t.nsecsElapsed()) / 1e6);
        }
        keys.append(slowest);
    }
    return {median(opens), median(keys)};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "gebruik: chooserbench RONDES BASIS.sqlite [GROOT.sqlite …]\n");
        return 64;
    }
    const int rounds = std::max(1, args[0].toInt());
    Times floor;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const Times t = measure(args[i], rounds);
        if (i == 1)
            floor = t;
        std::printf("%-40s open %8.1f ms (%.2fx)   slowest key %7.1f ms (%.2fx)\n",
                    qPrintable(args[i].section(QLatin1Char('/'), -1)), t.open,
                    t.open / std::max(floor.open, 0.001), t.keystroke,
                    t.keystroke / std::max(floor.keystroke, 0.001));
    }
    return 0;
}
