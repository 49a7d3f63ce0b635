// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QObject>
#include <QStringList>

namespace Flexwonen::Kb {

class Connection;

// Personal data (bookmarks, notes, reading history), keyed by stable content ids.
// Only the user's own actions write here; sync never does.
class UserData : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserData)
public:
    explicit UserData(const QString &path, QObject *parent = nullptr);
    ~UserData() override;

    QStringList bookmarks();
    bool isBookmarked(const QString &itemId);
    void setBookmarked(const QString &itemId, bool on);

    QString note(const QString &itemId);
    void setNote(const QString &itemId, const QString &text); // empty text removes the note

    void recordVisit(const QString &itemId);
    QStringList recentVisits(int limit);

signals:
    void changed();

private:
    std::unique_ptr<Connection> m_connection;
};

} // namespace Flexwonen::Kb
