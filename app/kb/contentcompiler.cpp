// SPDX-License-Identifier: EUPL-1.2
#include "contentcompiler.h"

#include "contentproblem.h"
#include "contentsource.h"
#include "database.h"
#include "kberror.h"
#include "kbwriter.h"
#include "schema.h"

#include <QDir>
#include <QFile>

namespace Flexwonen::Kb {

void writeContentDatabase(const QList<Item> &items, const ContentMeta &meta, const QString &outPath)
{
    const QString tempPath = outPath + QStringLiteral(".tmp");
    QFile::remove(tempPath);
    {
        Connection c(tempPath, Connection::Mode::ReadWrite);
        c.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); // a single self-contained file
        Schema::migrate(c, Schema::Store::Content);
        Transaction transaction(c);
        KbWriter writer(c);
        writer.upsertAll(items);
        QSqlQuery q =
            c.prepare(QStringLiteral("UPDATE meta SET feed_id = ?, epoch = ? WHERE id = 1"));
        // The columns are NOT NULL: a meta without a feed (the preview's) has empty text.
        const auto text = [](const QString &value) {
            return value.isNull() ? QStringLiteral("") : value;
        };
        q.addBindValue(text(meta.feedId));
        q.addBindValue(meta.epoch);
        c.run(q);
        writer.setMeta(meta.seq, QStringLiteral("bundled"), text(meta.built));
        transaction.commit();
        c.exec(QStringLiteral("VACUUM"));
        if (c.scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
            throw Error(Error::Kind::Corrupt, QStringLiteral("integrity_check mislukt"));
    }
    QFile::remove(outPath);
    if (!QFile::rename(tempPath, outPath))
        throw Error(Error::Kind::Io, QStringLiteral("Kan %1 niet schrijven").arg(outPath));
}

QStringList contentProblems(const QString &dir, QList<Item> &items)
{
    // The same reading as flexwonen check-content: every problem at once, with file and line.
    items.clear();
    ContentProblems problems;
    QList<ContentFile> files;
    try {
        files = ContentSource::readFolder(QDir::cleanPath(dir), problems);
    } catch (const Error &e) { // the folder itself is gone or unreadable
        return {e.message()};
    }
    QStringList lines;
    for (const ContentProblem &p : problems.sorted())
        lines.append(p.line > 0 ? QStringLiteral("%1:%2: %3").arg(p.file).arg(p.line).arg(p.message)
                                : QStringLiteral("%1: %2").arg(p.file, p.message));
    if (!lines.isEmpty())
        return lines;
    for (const ContentFile &file : files)
        items.append(*file.item);
    return lines;
}

} // namespace Flexwonen::Kb
