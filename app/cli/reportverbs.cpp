// SPDX-License-Identifier: GPL-3.0-or-later
// export-pdf: the reports of app/report, written headless.
#include "cliverbs.h"

#include "context/appcontext.h"
#include "kb/item.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Cli {

namespace {

const QStringList &selectors()
{
    static const QStringList names = {u"region"_s, u"dossier"_s, u"pilot"_s, u"search"_s,
                                      u"items"_s};
    return names;
}

int exportPdf(AppContext &context, const Invocation &inv)
{
    const QString synopsis = u"Gebruik: flexwonen export-pdf (--region ID | --dossier ID | "
                             "--pilot ID | --search TEKST | --items ID,ID…) -o BESTAND [--force]"_s;
    QString selector;
    const bool search = inv.has(u"search"_s);
    for (const QString &name : selectors()) {
        // With --search, --region and --dossier narrow the search instead of choosing a report.
        if (!inv.has(name) || (search && name != QLatin1String("search") &&
                               name != QLatin1String("items") && name != QLatin1String("pilot")))
            continue;
        if (!selector.isEmpty())
            return fail(synopsis, Usage);
        selector = name;
    }
    const QString output = inv.option(u"output"_s);
    if (selector.isEmpty() || output.isEmpty())
        return fail(synopsis, Usage);
    const QString value = inv.option(selector).trimmed();
    if (value.isEmpty())
        return fail(u"--%1 verwacht een waarde"_s.arg(selector), Usage);

    const QString typeText = search ? inv.option(u"type"_s) : QString(); // empty: any type
    const std::optional<Kb::ItemType> type = typeOption(typeText);
    if (!typeText.isEmpty() && !type)
        return fail(u"Onbekend type '%1'"_s.arg(typeText), Usage);

    const auto overwrite = inv.has(u"force"_s) ? Report::PdfExporter::Overwrite::Yes
                                               : Report::PdfExporter::Overwrite::No;
    // Refuse a bad target before any work is done.
    Report::PdfExporter::checkTarget(output, overwrite);

    Kb::KnowledgeBase &kb = context.knowledgeBase();
    const Report::ReportBuilder builder(kb);
    Report::ReportContent content;
    if (selector == QLatin1String("region"))
        content = builder.regionOverview(value);
    else if (selector == QLatin1String("dossier"))
        content = builder.dossier(value);
    else if (selector == QLatin1String("pilot"))
        content = builder.pilots(value);
    else if (selector == QLatin1String("search"))
        content = builder.search(value, {type, inv.option(u"region"_s), inv.option(u"dossier"_s)});
    else
        content = builder.collection(value.split(QLatin1Char(','), Qt::SkipEmptyParts),
                                     inv.option(u"note"_s));

    int pages = 0;
    Report::PdfExporter::write(content, output, overwrite, {}, &pages);
    printLine(
        u"PDF geschreven: %1 (%2 pagina's)"_s.arg(QDir::toNativeSeparators(output)).arg(pages));
    return Success;
}

} // namespace

const QList<Verb> &reportVerbs()
{
    static const QList<Verb> verbs = {
        {u"export-pdf"_s,
         u"export-pdf (--region ID | --dossier ID | --pilot ID|alle | --search TEKST [--type T] | "
         "--items ID,ID… [--note TEKST]) -o BESTAND [--force]"_s,
         {u"region"_s, u"dossier"_s, u"pilot"_s, u"search"_s, u"items"_s, u"output"_s, u"force"_s,
          u"type"_s, u"note"_s},
         0,
         0,
         &exportPdf},
    };
    return verbs;
}

bool needsGuiApplication(const Invocation &invocation)
{
    return invocation.verb == QLatin1String("export-pdf") && !invocation.help;
}

} // namespace Flexwonen::Cli
