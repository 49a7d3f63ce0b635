// SPDX-License-Identifier: EUPL-1.2
#include "citation.h"

#include "knowledgebase.h"

#include <QCoreApplication>

namespace Flexwonen::Kb {

namespace {
QString text(const char *source, Labels labels)
{
    return labels == Labels::Dutch ? QString::fromUtf8(source)
                                   : QCoreApplication::translate("Flexwonen::Kb", source);
}

QString day(const QDate &date, Labels labels)
{
    const QLocale locale =
        labels == Labels::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands) : displayLocale();
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}
} // namespace

QString citation(const Item &item, const KbMeta &meta, Labels labels)
{
    // Content is quoted as it is: the caller puts plain text on the clipboard.
    QString out = item.title.simplified();
    if (item.date.isValid())
        out += QStringLiteral(" (%1)").arg(day(item.date, labels));
    out += QLatin1Char('.');
    QString url;
    QDate accessed;
    for (const Source &s : item.sources) {
        if (!s.url.isEmpty()) {
            url = s.url;
            accessed = s.accessed;
            break;
        }
    }
    if (url.isEmpty())
        url = item.website;
    if (!url.isEmpty() && accessed.isValid())
        out += QLatin1Char(' ') +
               text(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Bron: %1 (geraadpleegd op %2)."), labels)
                   .arg(url.simplified(), day(accessed, labels));
    else if (!url.isEmpty())
        out += QLatin1Char(' ') +
               text(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Bron: %1."), labels).arg(url.simplified());
    const QDate built = QDate::fromString(meta.built.left(10), Qt::ISODate);
    out += QLatin1Char(' ') +
           (built.isValid()
                ? text(QT_TRANSLATE_NOOP("Flexwonen::Kb",
                                         "Flexwonen Kennisbank van %1 (volgnummer %2)."),
                       labels)
                      .arg(day(built, labels))
                      .arg(meta.seq)
                : text(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Flexwonen Kennisbank (volgnummer %1)."),
                       labels)
                      .arg(meta.seq));
    return out;
}

QString citation(KnowledgeBase &kb, const QString &id, Labels labels)
{
    const std::optional<Item> item = kb.item(id);
    return item ? citation(*item, kb.meta(), labels) : QString();
}

} // namespace Flexwonen::Kb
