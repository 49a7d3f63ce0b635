// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

class ReaderTabs;

// The open reader tabs and how far each was scrolled, kept across restarts (issue 16.2): saved
// whenever the user goes somewhere and when the window closes, restored when it opens.
class SessionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeeper)
public:
    SessionKeeper(ReaderTabs &tabs, Personal::PersonalStore &store, QObject *parent = nullptr);

    // Opens the tabs of the last session (at least the start page), the current one current.
    void restore();
    void save();

private:
    ReaderTabs &m_tabs;
    Personal::PersonalStore &m_store;
};

} // namespace Flexwonen::Ui
