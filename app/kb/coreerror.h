// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <stdexcept>

namespace Flexwonen {

// The one base of every failure the core throws (Kb::Error, Sync::SyncError,
// Sync::Minisign::Failure): a Dutch message that stands on one line. The window catches this
// type at the edge of every slot that calls the core, so no core failure unwinds through Qt's
// event loop (docs/decisions.md, issue 10).
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Flexwonen
