// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Flexwonen::Test {

// The result of running the real binary (or another tool).
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs a program with a live event loop (so in-process test servers keep answering).
Run runProgram(const QString &program, const QStringList &args,
               const QMap<QString, QString> &env = {}, const QByteArray &input = {},
               int timeoutMs = 120000);

// A publishing setup in a folder: a minisign key pair made by the stock tool, synthetic content
// sources, a bundled base built from the same items at seq 1, and the feed tree.
class FeedWorld
{
public:
    explicit FeedWorld(const QString &root, int items = 20);

    QString root;
    QString publicKey; // minisign .pub
    QString secretKey; // unencrypted (-W)
    QString source;    // content sources
    QString feed;      // published tree
    QString base;      // bundled base at seq 1, same items as the first publication

    Kb::Item makeItem(int n, const QString &titlePrefix = QStringLiteral("Onderwerp")) const;
    void writeItem(const Kb::Item &item) const;
    void removeItem(const QString &id) const;
    // Changes the title of count items, starting at first (a new publication's diff).
    void editItems(int first, int count, const QString &tag) const;

    Run flexwonen(const QStringList &args, QMap<QString, QString> env = {}) const;
    Run publish(const QStringList &extra = {}) const;
    Run sync(const QString &profile, const QString &feedLocation,
             const QMap<QString, QString> &env = {}) const;

    QString profile(const QString &name) const;
    QString contentPath(const QString &profile) const;
    QByteArray contentBytes(const QString &profile) const;
    qint64 contentSeq(const QString &profile) const;

    // A copy of the feed tree to damage.
    QString copyFeed(const QString &name) const;
    // Rewrites heads/<seq>.json and head.json with edit applied, and re-signs them with the
    // stock minisign tool (a trusted comment that matches the edited fields).
    void resignHead(const QString &tree, const std::function<void(QJsonObject &)> &edit) const;
    static QString batchPath(const QString &tree, qint64 seq); // absolute path of a batch file
};

void copyTree(const QString &from, const QString &to);
QByteArray sha256Hex(const QByteArray &data);

} // namespace Flexwonen::Test
