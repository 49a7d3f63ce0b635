// SPDX-License-Identifier: EUPL-1.2
#include "feedworld.h"

#include "kb/database.h"
#include "kb/itemjson.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

namespace Flexwonen::Test {

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

Run runProgram(const QString &program, const QStringList &args, const QMap<QString, QString> &env,
               const QByteArray &input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("FLEXWONEN_PROFILE"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(program, args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), "timeout\n" + p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

FeedWorld::FeedWorld(const QString &rootDir, int items)
    : root(rootDir)
    , publicKey(rootDir + QStringLiteral("/feed.pub"))
    , secretKey(rootDir + QStringLiteral("/feed.key"))
    , source(rootDir + QStringLiteral("/source"))
    , feed(rootDir + QStringLiteral("/feed"))
    , base(rootDir + QStringLiteral("/base.sqlite"))
{
    const Run keygen = runProgram(QStringLiteral("minisign"),
                                  {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"),
                                   publicKey, QStringLiteral("-s"), secretKey});
    QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
    QList<Kb::Item> list;
    for (int n = 1; n <= items; ++n) {
        list.append(makeItem(n));
        writeItem(list.constLast());
    }
    buildKb(base, list, 1);
}

Kb::Item FeedWorld::makeItem(int n, const QString &titlePrefix) const
{
    const QString id = QStringLiteral("item-%1").arg(n, 5, 10, QLatin1Char('0'));
    Kb::Item item =
        sampleItem(id, Kb::ItemType::Faq, QStringLiteral("%1 %2").arg(titlePrefix).arg(n));
    item.body = QStringLiteral("Tekst over huisvesting van arbeidsmigranten, onderwerp %1. ")
                    .arg(n)
                    .repeated(4);
    return item;
}

void FeedWorld::writeItem(const Kb::Item &item) const
{
    QJsonObject front = Kb::itemToJson(item, false);
    front.remove(QStringLiteral("rev"));
    QDir().mkpath(source + QStringLiteral("/faq"));
    writeFile(source + QStringLiteral("/faq/") + item.id + QStringLiteral(".md"),
              "---\n" + QJsonDocument(front).toJson(QJsonDocument::Indented) + "---\n" +
                  item.body.toUtf8() + '\n');
}

void FeedWorld::removeItem(const QString &id) const
{
    QFile::remove(source + QStringLiteral("/faq/") + id + QStringLiteral(".md"));
}

void FeedWorld::editItems(int first, int count, const QString &tag) const
{
    for (int n = first; n < first + count; ++n)
        writeItem(makeItem(n, tag));
}

Run FeedWorld::flexwonen(const QStringList &args, QMap<QString, QString> env) const
{
    if (!env.contains(QStringLiteral("FLEXWONEN_BASE")))
        env.insert(QStringLiteral("FLEXWONEN_BASE"), base);
    return runProgram(qEnvironmentVariable("FLEXWONEN_BIN"), args, env);
}

Run FeedWorld::publish(const QStringList &extra) const
{
    return flexwonen(QStringList{QStringLiteral("publish"), QStringLiteral("--source"), source,
                                 QStringLiteral("--out"), feed, QStringLiteral("--key"),
                                 secretKey} +
                     extra);
}

Run FeedWorld::sync(const QString &profileDir, const QString &feedLocation,
                    const QMap<QString, QString> &env) const
{
    return flexwonen({QStringLiteral("--profile"), profileDir, QStringLiteral("sync"),
                      QStringLiteral("--feed"), feedLocation, QStringLiteral("--trust"), publicKey,
                      QStringLiteral("--json")},
                     env);
}

QString FeedWorld::profile(const QString &name) const
{
    return root + QStringLiteral("/profiles/") + name;
}

QString FeedWorld::contentPath(const QString &profileDir) const
{
    const QString name =
        QString::fromUtf8(readFile(profileDir + QStringLiteral("/content/active"))).trimmed();
    return profileDir + QStringLiteral("/content/") + name;
}

QByteArray FeedWorld::contentBytes(const QString &profileDir) const
{
    return readFile(contentPath(profileDir));
}

qint64 FeedWorld::contentSeq(const QString &profileDir) const
{
    Kb::Connection c(contentPath(profileDir), Kb::Connection::Mode::ReadOnly);
    return c.scalar(QStringLiteral("SELECT seq FROM meta")).toLongLong();
}

QString FeedWorld::copyFeed(const QString &name) const
{
    const QString target = root + QStringLiteral("/trees/") + name;
    copyTree(feed, target);
    return target;
}

QString FeedWorld::batchPath(const QString &tree, qint64 seq)
{
    const QStringList names = QDir(tree + QStringLiteral("/batches"))
                                  .entryList({QStringLiteral("%1-*.json").arg(seq)}, QDir::Files);
    return names.isEmpty() ? QString() : tree + QStringLiteral("/batches/") + names.first();
}

void FeedWorld::resignHead(const QString &tree,
                           const std::function<void(QJsonObject &)> &edit) const
{
    QJsonObject head =
        QJsonDocument::fromJson(readFile(tree + QStringLiteral("/head.json"))).object();
    edit(head);
    const QByteArray bytes = QJsonDocument(head).toJson(QJsonDocument::Indented);
    const qint64 seq = head.value(QLatin1String("seq")).toInteger();
    const QString name = tree + QStringLiteral("/heads/%1.json").arg(seq);
    writeFile(name, bytes);
    writeFile(tree + QStringLiteral("/head.json"), bytes);
    const QString comment = QStringLiteral("kb-feed-head/1 feed=%1 epoch=%2 seq=%3 expires=%4")
                                .arg(head.value(QLatin1String("feed_id")).toString())
                                .arg(head.value(QLatin1String("epoch")).toInteger())
                                .arg(seq)
                                .arg(head.value(QLatin1String("expires")).toString());
    QFile::remove(name + QStringLiteral(".minisig"));
    const Run sign = runProgram(QStringLiteral("minisign"),
                                {QStringLiteral("-S"), QStringLiteral("-s"), secretKey,
                                 QStringLiteral("-m"), name, QStringLiteral("-t"), comment});
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
}

} // namespace Flexwonen::Test
