// SPDX-License-Identifier: EUPL-1.2
#include "contentrules.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Flexwonen::Kb::ContentRules {

namespace {

QString hostOf(const QString &url)
{
    QString host = QUrl(url.trimmed()).host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool matches(const QString &host, const QString &pattern)
{
    if (pattern.endsWith(QLatin1String(".*"))) {
        // The name as a label, followed by one or two labels of a top-level domain.
        // "co.uk", "com.br": a short second level under a country code.
        const QString name = pattern.chopped(2);
        const QStringList labels = host.split(QLatin1Char('.'));
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const qsizetype after = labels.size() - 1 - i;
            if (labels.at(i) != name)
                continue;
            if (after == 1 ||
                (after == 2 && labels.at(i + 1).size() <= 3 && labels.last().size() == 2))
                return true;
        }
        return false;
    }
    return host == pattern || host.endsWith(QLatin1Char('.') + pattern);
}

QString sourceTitle(const QJsonObject &source)
{
    const QString title = source.value(QLatin1String("title")).toString();
    return title.isEmpty() ? source.value(QLatin1String("url")).toString() : title;
}

void collectUrls(const QJsonValue &value, const QString &path, const ContentFile &file,
                 QList<UrlAt> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path.isEmpty() ? it.key() : path + QLatin1Char('/') + it.key();
            if ((it.key() == QLatin1String("url") || it.key() == QLatin1String("website")) &&
                it.value().isString())
                out.append({it.value().toString(), file.lines.line(at)});
            else
                collectUrls(it.value(), at, file, out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectUrls(a.at(i), path + QLatin1Char('/') + QString::number(i), file, out);
    }
}

} // namespace

QString announcementHedge()
{
    return QStringLiteral("volgens de aankondiging van 29 maart 2012");
}

const QStringList &mirrorDomains()
{
    static const QStringList domains = [] {
        QStringList list;
        QFile file(QStringLiteral(":/flexwonen/content/mirror-domains.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &raw : file.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed().toLower();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    list.append(line);
            }
        }
        return list;
    }();
    return domains;
}

QString mirrorOf(const QString &url)
{
    const QString host = hostOf(url);
    if (host.isEmpty())
        return {};
    for (const QString &pattern : mirrorDomains()) {
        if (matches(host, pattern))
            return pattern;
    }
    return {};
}

bool isBareHomePage(const QString &url)
{
    const QUrl u(url.trimmed());
    const QString host = hostOf(url);
    return (host == QLatin1String("flexwonen.nl") || host == QLatin1String("www.flexwonen.nl")) &&
           (u.path().isEmpty() || u.path() == QLatin1String("/")) && !u.hasQuery();
}

bool citesAnnouncement(const QString &url)
{
    const QString host = hostOf(url);
    if (host == QLatin1String("flexwonenarbeidsmigranten.nl") ||
        host == QLatin1String("www.flexwonenarbeidsmigranten.nl"))
        return true;
    return host == QLatin1String("web.archive.org") &&
           url.contains(QLatin1String("flexwonenarbeidsmigranten.nl"), Qt::CaseInsensitive);
}

QList<std::pair<QString, QJsonObject>> sourceObjects(const QJsonObject &frontMatter)
{
    QList<std::pair<QString, QJsonObject>> list;
    const QJsonArray sources = frontMatter.value(QLatin1String("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sources.at(i).isObject())
            list.append({QStringLiteral("sources/%1").arg(i), sources.at(i).toObject()});
    }
    const QJsonArray figures = frontMatter.value(QLatin1String("figures")).toArray();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QJsonValue source = figures.at(i).toObject().value(QLatin1String("source"));
        if (source.isObject())
            list.append({QStringLiteral("figures/%1/source").arg(i), source.toObject()});
    }
    return list;
}

QString accessedProblem(const QJsonObject &source, const QDate &today)
{
    const QJsonValue value = source.value(QLatin1String("accessed"));
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return QStringLiteral("bron '%1' heeft geen datum van raadplegen "
                              "(\"accessed\": \"JJJJ-MM-DD\")")
            .arg(sourceTitle(source));
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // A malformed date is a field problem, reported once by itemFromJson like every date field.
    if (!value.isString() || text.size() != 10 || !date.isValid())
        return {};
    if (date > today)
        return QStringLiteral("bron '%1': \"accessed\" %2 ligt na vandaag (%3)")
            .arg(sourceTitle(source), text, today.toString(Qt::ISODate));
    return {};
}

QList<UrlAt> urls(const ContentFile &file)
{
    QList<UrlAt> list;
    collectUrls(file.frontMatter, {}, file, list);
    static const QRegularExpression address(
        QStringLiteral("https?://[^\\s<>()\\[\\]\"'\u201c\u201d\u201e]+"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = address.globalMatch(file.body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString url = m.captured();
        while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back()))
            url.chop(1);
        const int line =
            file.bodyLine + int(file.body.left(m.capturedStart()).count(QLatin1Char('\n')));
        list.append({url, line});
    }
    return list;
}

void check(const ContentFile &file, const QDate &today, ContentProblems &problems)
{
    if (!file.item)
        return;
    const auto problem = [&](int line, ContentCheck check, const QString &message) {
        problems.add(file.path, line, check, message);
    };
    bool announcement = false;
    for (const auto &[path, source] : sourceObjects(file.frontMatter)) {
        const QString url = source.value(QLatin1String("url")).toString();
        if (const QString wrong = accessedProblem(source, today); !wrong.isEmpty())
            problem(file.lines.line(path + QStringLiteral("/accessed")), ContentCheck::SourceDate,
                    wrong);
        if (isBareHomePage(url))
            problem(file.lines.line(path + QStringLiteral("/url")), ContentCheck::HomePage,
                    QStringLiteral("bron '%1' is de startpagina %2: citeer de pagina waar het "
                                   "feit staat (de aankondiging van 29 maart 2012 heeft een eigen "
                                   "bron, zie docs/redactie.md)")
                        .arg(sourceTitle(source), url));
        announcement = announcement || citesAnnouncement(url);
    }
    for (const UrlAt &at : urls(file)) {
        if (const QString mirror = mirrorOf(at.url); !mirror.isEmpty())
            problem(at.line, ContentCheck::MirrorSite,
                    QStringLiteral("adres %1 is een spiegelsite (%2): citeer de oorspronkelijke "
                                   "bron")
                        .arg(at.url, mirror));
    }
    if (announcement && file.item->confidence == QLatin1String("source-doc-only") &&
        !file.body.simplified().contains(announcementHedge(), Qt::CaseInsensitive))
        problem(file.bodyLine, ContentCheck::Hedge,
                QStringLiteral("dit item steunt alleen op de aankondiging van 2012 "
                               "(confidence source-doc-only) maar de tekst zegt nergens \"%1\"")
                    .arg(announcementHedge()));
}

void check(const QList<ContentFile> &files, const QDate &today, ContentProblems &problems)
{
    for (const ContentFile &file : files)
        check(file, today, problems);
}

} // namespace Flexwonen::Kb::ContentRules
