// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "kb/database.h"
#include "kb/kbwriter.h"
#include "kb/schema.h"

#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTest>

namespace Flexwonen::Test {

Kb::Item sampleItem(const QString &id, Kb::ItemType type, const QString &title)
{
    Kb::Item item;
    item.id = id;
    item.type = type;
    item.title = title;
    item.summary = QStringLiteral("Korte samenvatting van %1.").arg(title);
    item.body =
        QStringLiteral("De tekst van %1 over de huisvesting van arbeidsmigranten.").arg(title);
    item.sources = {
        {QStringLiteral("Bron"), QStringLiteral("https://flexwonen.nl/"), QDate(2026, 11, 28)}};
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

QString terminalProblem(const QByteArray &bytes, bool tabsAllowed)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QStringLiteral("invalid UTF-8");
    const auto isBidiControl = [](char32_t c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069);
    };
    for (const char32_t c : text.toUcs4()) {
        const bool allowed = c == U'\n' || (tabsAllowed && c == U'\t');
        if ((c < 0x20 && !allowed) || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c) ||
            c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF))
            return QStringLiteral("U+%1 reaches the terminal")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

QByteArray pythonJson(const QByteArray &json)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys\n"
                            "value = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                            "sys.stdout.write(json.dumps(value, ensure_ascii=True))\n")});
    p.write(json);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace Flexwonen::Test
