// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

namespace Flexwonen::Publish::FeedFiles {

// Reading and atomic writing of the files of a feed tree; failures throw Kb::Error(Io).
QByteArray read(const QString &path); // empty when missing or unreadable
void writeReplacing(const QString &path, const QByteArray &bytes);
// Published files are immutable: an existing file must already hold exactly these bytes.
// Returns true when the file was written (it did not exist).
bool writeImmutable(const QString &path, const QByteArray &bytes);
// A file that must not exist yet (keys files are never re-signed in place).
void writeNew(const QString &path, const QByteArray &bytes);

} // namespace Flexwonen::Publish::FeedFiles
