// SPDX-License-Identifier: EUPL-1.2
// export and export-pdf: the reports of app/report, written headless.
#include "cliverbs.h"

#include "context/appcontext.h"
#include "kb/item.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportchoices.h"
#include "report/reportexport.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Cli {

namespace {

using Report::ReportExporter;

const QString Selection = u"(--region ID | --dossier ID | --pilot ID|alle | --search TEKST "
                          "[--type T] | --items ID,ID… [--note TEKST])"_s;
const QString Choices = u"[--title TITEL] [--author NAAM] [--organisation NAAM] "
                        "[--department NAAM] [--status concept|definitief] [--force]"_s;

const QStringList &selectors()
{
    static const QStringList names = {u"region"_s, u"dossier"_s, u"pilot"_s, u"search"_s,
                                      u"items"_s};
    return names;
}

const QStringList &reportOptions()
{
    static const QStringList names = {
        u"profile"_s, u"kb"_s,          u"region"_s, u"dossier"_s,      u"pilot"_s,
        u"search"_s,  u"items"_s,       u"output"_s, u"force"_s,        u"type"_s,
        u"note"_s,    u"title"_s,       u"author"_s, u"organisation"_s, u"department"_s,
        u"status"_s,  u"municipality"_s};
    return names;
}

// The report the selector options ask for, built from the knowledge base.
Report::ReportContent buildReport(AppContext &context, const Invocation &inv,
                                  const QString &selector, const QString &value,
                                  std::optional<Kb::ItemType> type)
{
    Kb::KnowledgeBase &kb = context.knowledgeBase();
    const Report::ReportBuilder builder(kb);
    if (selector == QLatin1String("region"))
        return builder.regionOverview(value, inv.option(u"municipality"_s).trimmed());
    if (selector == QLatin1String("dossier"))
        return builder.dossier(value);
    if (selector == QLatin1String("pilot"))
        return builder.pilots(value);
    if (selector == QLatin1String("search"))
        return builder.search(value, {type, inv.option(u"region"_s), inv.option(u"dossier"_s)});
    return builder.collection(value.split(QLatin1Char(','), Qt::SkipEmptyParts),
                              inv.option(u"note"_s));
}

// export: the format from -o's extension; export-pdf: always PDF.
int exportReport(AppContext &context, const Invocation &inv, const QString &verb,
                 std::optional<ReportExporter::Format> fixed)
{
    const QString synopsis =
        u"Gebruik: flexwonen %1 %2 -o BESTAND %3"_s.arg(verb, Selection, Choices);
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
    const auto format = fixed ? fixed : ReportExporter::formatOf(output);
    if (!format)
        return fail(u"Onbekend bestandsformaat voor %1: gebruik de extensie .pdf of .odt"_s.arg(
                        QDir::toNativeSeparators(output)),
                    Usage);
    Report::ReportMetadata metadata;
    metadata.author = inv.option(u"author"_s);
    metadata.organisation = inv.option(u"organisation"_s);
    metadata.department = inv.option(u"department"_s);
    if (inv.has(u"status"_s)) {
        const auto status = Report::statusFromName(inv.option(u"status"_s));
        if (!status)
            return fail(u"--status verwacht concept of definitief"_s, Usage);
        metadata.status = *status;
    }

    const QString typeText = search ? inv.option(u"type"_s) : QString(); // empty: any type
    const std::optional<Kb::ItemType> type = typeOption(typeText);
    if (!typeText.isEmpty() && !type)
        return fail(u"Onbekend type '%1'"_s.arg(typeText), Usage);

    const auto overwrite = inv.has(u"force"_s) ? Report::PdfExporter::Overwrite::Yes
                                               : Report::PdfExporter::Overwrite::No;
    // Refuse a bad target before any work is done.
    Report::PdfExporter::checkTarget(output, overwrite);

    Report::ReportContent content = buildReport(context, inv, selector, value, type);
    Report::applyChoices(content, metadata, inv.option(u"title"_s));
    const ReportExporter::Result result =
        ReportExporter::write(content, *format, output, overwrite);
    const QString shown = QDir::toNativeSeparators(output);
    if (*format == ReportExporter::Format::Odt)
        printLine(u"ODT geschreven: %1"_s.arg(shown));
    else if (result.pages > 0)
        printLine(u"PDF geschreven: %1 (%2)"_s.arg(
            shown, result.pages == 1 ? u"1 pagina"_s : u"%1 pagina's"_s.arg(result.pages)));
    else
        printLine(u"PDF geschreven: %1"_s.arg(shown));
    return Success;
}

int exportAny(AppContext &context, const Invocation &inv)
{
    return exportReport(context, inv, u"export"_s, std::nullopt);
}

int exportPdf(AppContext &context, const Invocation &inv)
{
    return exportReport(context, inv, u"export-pdf"_s, ReportExporter::Format::Pdf);
}

} // namespace

const QList<Verb> &reportVerbs()
{
    static const QList<Verb> verbs = {
        {u"export"_s, u"export %1 -o BESTAND.pdf|BESTAND.odt %2"_s.arg(Selection, Choices),
         reportOptions(), 0, 0, &exportAny},
        {u"export-pdf"_s, u"export-pdf %1 -o BESTAND %2"_s.arg(Selection, Choices), reportOptions(),
         0, 0, &exportPdf},
    };
    return verbs;
}

bool needsGuiApplication(const Invocation &invocation)
{
    return (invocation.verb == QLatin1String("export") ||
            invocation.verb == QLatin1String("export-pdf")) &&
           !invocation.help;
}

} // namespace Flexwonen::Cli
