// SPDX-License-Identifier: EUPL-1.2
#include "feedfiles.h"

#include "kb/kberror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Flexwonen::Publish::FeedFiles {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw Kb::Error(Kb::Error::Kind::Io, message);
}
} // namespace

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeReplacing(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("%1 kan niet worden geschreven: %2").arg(path, file.errorString()));
    // World-readable: the tree is served as static files.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
}

bool writeImmutable(const QString &path, const QByteArray &bytes)
{
    if (QFile::exists(path)) {
        if (read(path) != bytes)
            fail(QStringLiteral("%1 bestaat al met andere inhoud; een gepubliceerd bestand wordt "
                                "nooit overschreven")
                     .arg(path));
        return false;
    }
    writeReplacing(path, bytes);
    return true;
}

void writeNew(const QString &path, const QByteArray &bytes)
{
    if (QFile::exists(path))
        fail(QStringLiteral("%1 bestaat al; een gepubliceerd bestand wordt nooit overschreven")
                 .arg(path));
    writeReplacing(path, bytes);
}

} // namespace Flexwonen::Publish::FeedFiles
