// SPDX-License-Identifier: EUPL-1.2
#include "reportchoices.h"

#include "reportparts.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QString statusName(ReportMetadata::Status status)
{
    return status == ReportMetadata::Status::Final ? u"definitief"_s : u"concept"_s;
}

std::optional<ReportMetadata::Status> statusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("concept"))
        return ReportMetadata::Status::Concept;
    if (n == QLatin1String("definitief"))
        return ReportMetadata::Status::Final;
    return std::nullopt;
}

QString statusLine(const ReportMetadata &metadata)
{
    QStringList who;
    if (!metadata.author.trimmed().isEmpty())
        who.append(u"opgesteld door "_s + metadata.author.simplified());
    if (!metadata.organisation.trimmed().isEmpty())
        who.append(metadata.organisation.simplified());
    if (!metadata.department.trimmed().isEmpty())
        who.append(u"afdeling "_s + metadata.department.simplified());
    const bool isConcept = metadata.status == ReportMetadata::Status::Concept;
    if (!isConcept && who.isEmpty())
        return {};
    const QString status = isConcept ? u"Concept"_s : u"Definitief"_s;
    return who.isEmpty() ? status : status + u" · "_s + who.join(u", "_s);
}

void applyChoices(ReportContent &content, const ReportMetadata &metadata, const QString &title)
{
    content.metadata = metadata;
    if (!title.simplified().isEmpty())
        content.title = title.simplified();
    const QString line = statusLine(metadata);
    if (line.isEmpty())
        return;
    const qsizetype status = line.indexOf(u" · "_s);
    Paragraph p = paragraphOf({bold(status < 0 ? line : line.left(status)),
                               plain(status < 0 ? QString() : line.mid(status))});
    // Under the report's first heading, before everything else.
    const bool heading =
        !content.blocks.isEmpty() && content.blocks.first().kind == Block::Kind::Heading;
    content.blocks.insert(heading ? 1 : 0, Block::paragraph(std::move(p)));
}

} // namespace Flexwonen::Report
