// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

class ReaderTabs;

// Every item the user opens, in any tab, goes into the history (issue 16.2). Pages shown again
// in another language or after an update are not visits.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)
public:
    HistoryRecorder(ReaderTabs &tabs, Personal::PersonalStore &store, QObject *parent = nullptr);
};

} // namespace Flexwonen::Ui
