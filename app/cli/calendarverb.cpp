// SPDX-License-Identifier: EUPL-1.2
// export-ics: the agenda as an iCalendar file (issue 16, points 5 and 8).
#include "cliverbs.h"

#include "context/appcontext.h"
#include "report/icalendar.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Cli {

namespace {

using Report::ICalendar;

const QString Synopsis = u"export-ics (--event ID | --region ID) -o BESTAND.ics [--force]"_s;

int exportIcs(AppContext &context, const Invocation &inv)
{
    const bool event = inv.has(u"event"_s);
    const bool region = inv.has(u"region"_s);
    const QString output = inv.option(u"output"_s);
    if (event == region || output.isEmpty())
        return fail(u"Gebruik: flexwonen %1"_s.arg(Synopsis), Usage);
    const QString selector = event ? u"event"_s : u"region"_s;
    const QString id = inv.option(selector).trimmed();
    if (id.isEmpty())
        return fail(u"--%1 verwacht een waarde"_s.arg(selector), Usage);

    Kb::KnowledgeBase &kb = context.knowledgeBase();
    const ICalendar::Calendar calendar =
        event ? ICalendar::eventCalendar(kb, id) : ICalendar::regionCalendar(kb, id);
    ICalendar::save(calendar, output, inv.has(u"force"_s));
    const qsizetype n = calendar.events.size();
    printLine(u"iCalendar geschreven: %1 (%2)"_s.arg(QDir::toNativeSeparators(output),
                                                     n == 1 ? u"1 activiteit"_s
                                                            : u"%1 activiteiten"_s.arg(n)));
    return Success;
}

} // namespace

const QList<Verb> &calendarVerbs()
{
    static const QList<Verb> verbs = {
        {u"export-ics"_s,
         Synopsis,
         {u"profile"_s, u"kb"_s, u"event"_s, u"region"_s, u"output"_s, u"force"_s},
         0,
         0,
         &exportIcs},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
