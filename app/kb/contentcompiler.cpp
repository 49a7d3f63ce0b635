// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcompiler.h"

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
    const QString root = QDir::cleanPath(dir);
    // The editor knows the files by their place in the folder, not by the absolute path.
    const auto relative = [&root](QString message) {
        return message.replace(root + QLatin1Char('/'), QString());
    };
    items.clear();
    try {
        items = ContentSource::readDirectory(root);
    } catch (const Error &e) {
        return {relative(e.message())};
    }
    QStringList problems = ContentSource::crossCheck(items);
    for (QString &problem : problems)
        problem = relative(problem);
    return problems;
}

} // namespace Flexwonen::Kb
