// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Flexwonen::Report {

// The zip container of an OpenDocument file (ODF 1.2 part 3), built in memory with libzip:
// "mimetype" first, stored and without extra fields (so `file` and other readers can tell
// the type from the first bytes), then META-INF/manifest.xml listing every file, then the
// files in the order they were added. Throws Kb::Error when libzip fails.
class OdtPackage
{
public:
    explicit OdtPackage(QString mediaType);

    // compress: false for data that is compressed already (PNG).
    void add(const QString &path, const QString &mediaType, QByteArray bytes, bool compress = true);
    QByteArray manifest() const;
    QByteArray finish() const;

private:
    struct Entry
    {
        QString path;
        QString mediaType;
        QByteArray bytes;
        bool compress;
    };
    QString m_mediaType;
    QList<Entry> m_entries;
};

} // namespace Flexwonen::Report
