// SPDX-License-Identifier: EUPL-1.2
#include "contentreview.h"

#include "contentrules.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Flexwonen::Kb::ContentReview {

namespace {

struct Paragraph
{
    QString text;
    int line = 0;
};

// Blocks of the body separated by blank lines, each with the line it starts on.
QList<Paragraph> paragraphs(const ContentFile &file)
{
    QList<Paragraph> list;
    const QStringList lines = file.body.split(QLatin1Char('\n'));
    Paragraph current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty()) {
            if (!current.text.isEmpty())
                list.append(current);
            current = {};
            continue;
        }
        if (current.text.isEmpty())
            current.line = file.bodyLine + int(i);
        else
            current.text += QLatin1Char('\n');
        current.text += lines.at(i);
    }
    if (!current.text.isEmpty())
        list.append(current);
    return list;
}

QString normalized(const QString &text)
{
    return text.simplified();
}

// The text a reader sees: a link's words stay, its target goes (ids and URLs are not figures).
QString withoutTargets(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    QString plain = text;
    plain.replace(link, QStringLiteral("]"));
    plain.replace(url, QString());
    return plain;
}

bool isYear(const QString &digits)
{
    const int n = digits.toInt();
    return digits.size() == 4 && n >= 1800 && n <= 2100;
}

const QSet<QString> &notUnits()
{
    // Words after a number that make it no figure: months (a date), function words (a year
    // written with a separator is rare; "in 2012 en" is caught as a year).
    static const QSet<QString> words = {
        QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
        QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
        QStringLiteral("juli"),    QStringLiteral("augustus"), QStringLiteral("september"),
        QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december"),
        QStringLiteral("en"),      QStringLiteral("of"),       QStringLiteral("in"),
        QStringLiteral("op"),      QStringLiteral("de"),       QStringLiteral("het"),
        QStringLiteral("een"),     QStringLiteral("tot"),      QStringLiteral("van"),
        QStringLiteral("voor"),    QStringLiteral("met"),      QStringLiteral("is"),
        QStringLiteral("was"),     QStringLiteral("werd"),     QStringLiteral("zijn")};
    return words;
}

QList<QJsonObject> figuresOf(const ContentFile *file)
{
    QList<QJsonObject> list;
    if (!file)
        return list;
    for (const QJsonValue &v : file->frontMatter.value(QLatin1String("figures")).toArray())
        list.append(v.toObject());
    return list;
}

} // namespace

bool hasFigure(const QString &paragraph)
{
    const QString text = withoutTargets(paragraph);
    static const QRegularExpression percent(QStringLiteral("\\d(?:[.,]\\d+)?\\s?(?:%|procent\\b)"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression euro(QStringLiteral("€\\s?\\d|\\d\\s?(?:euro|eur)\\b"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    if (percent.match(text).hasMatch() || euro.match(text).hasMatch())
        return true;
    // A number (1.400, 40.000, 976) followed by a word: "976 plaatsen", "1.400 bedden".
    static const QRegularExpression counted(
        QStringLiteral(
            "(?<![\\w.,/:-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?\\s+([^\\W\\d_][\\w-]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString digits = m.captured(1);
        if (isYear(digits))
            continue;
        QString plain = digits;
        plain.remove(QLatin1Char('.'));
        if (plain.toLongLong() < 100 || notUnits().contains(m.captured(2).toLower()))
            continue;
        return true;
    }
    return false;
}

bool hasQuote(const QString &paragraph)
{
    for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('>')))
            return true;
    }
    static const QRegularExpression quoted(QStringLiteral(
        "\u201e([^\u201d\u201c]*)[\u201d\u201c]|\u201c([^\u201d]*)\u201d|\"([^\"]*)\""));
    const QString text = withoutTargets(paragraph);
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString inner = m.captured(1) + m.captured(2) + m.captured(3);
        if (inner.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() >= 4)
            return true;
    }
    return false;
}

bool hasAttribution(const QString &paragraph)
{
    static const QRegularExpression markdownLink(QStringLiteral("\\[[^\\]]+\\]\\([^)\\s]+\\)"));
    static const QRegularExpression words(QStringLiteral("\\b(volgens|bron)"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
    return markdownLink.match(paragraph).hasMatch() || words.match(paragraph).hasMatch();
}

void compare(const QList<ContentFile> &current, const QList<ContentFile> &base,
             ContentProblems &problems)
{
    QHash<QString, const ContentFile *> before;
    for (const ContentFile &file : base)
        before.insert(file.path, &file);
    for (const ContentFile &file : current) {
        if (!file.frontMatterRead())
            continue;
        const ContentFile *old = before.value(file.path);
        const auto flag = [&](int line, ContentCheck check, const QString &message) {
            problems.add(file.path, line, check, message);
        };

        const QList<QJsonObject> oldFigures = figuresOf(old);
        const QList<QJsonObject> figures = figuresOf(&file);
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (oldFigures.contains(figures.at(i)))
                continue;
            const QString label = figures.at(i).value(QLatin1String("label")).toString();
            const QJsonObject source = figures.at(i).value(QLatin1String("source")).toObject();
            const QString url = source.value(QLatin1String("url")).toString();
            const int line = file.lines.line(QStringLiteral("figures/%1").arg(i));
            if (url.isEmpty())
                flag(line, ContentCheck::NewFigureSource,
                     QStringLiteral("nieuw kengetal '%1' zonder bron").arg(label));
            else if (!ContentRules::accessedProblem(source, QDate(9999, 12, 31)).isEmpty())
                flag(line, ContentCheck::NewFigureSource,
                     QStringLiteral("nieuw kengetal '%1': de bron heeft geen datum van "
                                    "raadplegen")
                         .arg(label));
            else if (!ContentRules::mirrorOf(url).isEmpty())
                flag(line, ContentCheck::NewFigureSource,
                     QStringLiteral("nieuw kengetal '%1': de bron %2 is een spiegelsite")
                         .arg(label, url));
        }

        QSet<QString> oldParagraphs;
        if (old) {
            for (const Paragraph &p : paragraphs(*old))
                oldParagraphs.insert(normalized(p.text));
        }
        for (const Paragraph &p : paragraphs(file)) {
            if (oldParagraphs.contains(normalized(p.text)) || hasAttribution(p.text))
                continue;
            if (hasFigure(p.text))
                flag(p.line, ContentCheck::NewNumber,
                     QStringLiteral("nieuwe alinea met een getal maar zonder bron in dezelfde "
                                    "alinea (een link, of 'volgens …')"));
            if (hasQuote(p.text))
                flag(p.line, ContentCheck::NewQuote,
                     QStringLiteral("nieuw citaat zonder bron in dezelfde alinea (een link, of "
                                    "'volgens …')"));
        }

        QSet<QString> oldUrls;
        if (old) {
            for (const ContentRules::UrlAt &at : ContentRules::urls(*old))
                oldUrls.insert(at.url);
        }
        for (const ContentRules::UrlAt &at : ContentRules::urls(file)) {
            if (oldUrls.contains(at.url))
                continue;
            if (const QString mirror = ContentRules::mirrorOf(at.url); !mirror.isEmpty())
                flag(at.line, ContentCheck::NewMirrorUrl,
                     QStringLiteral("nieuw adres %1 is een spiegelsite (%2)").arg(at.url, mirror));
        }
    }
}

} // namespace Flexwonen::Kb::ContentReview
