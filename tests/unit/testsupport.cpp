// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "kb/database.h"
#include "kb/kbwriter.h"
#include "kb/schema.h"

#include <QFile>
#include <QTest>

namespace Flexwonen::Test {

Kb::Item sampleItem(const QString &id, const QString &type, const QString &title)
{
    Kb::Item item;
    item.id = id;
    item.type = type;
    item.title = title;
    item.summary = QStringLiteral("Korte samenvatting van %1.").arg(title);
    item.body =
        QStringLiteral("De tekst van %1 over de huisvesting van arbeidsmigranten.").arg(title);
    item.sources = {{QStringLiteral("Bron"), QStringLiteral("https://flexwonen.nl/")}};
    return item;
}

void buildKb(const QString &path, const QList<Kb::Item> &items, qint64 seq)
{
    Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
    c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    Kb::Schema::migrate(c, Kb::Schema::Store::Content);
    Kb::Transaction t(c);
    Kb::KbWriter writer(c);
    for (const Kb::Item &item : items)
        writer.upsert(item);
    writer.setMeta(seq, QStringLiteral("bundled"), QStringLiteral("2026-11-28"));
    t.commit();
}

QString bundledBase()
{
    return qEnvironmentVariable("FLEXWONEN_BASE");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

} // namespace Flexwonen::Test
