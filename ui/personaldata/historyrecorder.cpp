// SPDX-License-Identifier: EUPL-1.2
#include "historyrecorder.h"

#include "personal/personalstore.h"
#include "reader/readertabs.h"

namespace Flexwonen::Ui {

HistoryRecorder::HistoryRecorder(ReaderTabs &tabs, Personal::PersonalStore &store, QObject *parent)
    : QObject(parent)
{
    connect(&tabs, &ReaderTabs::itemVisited, this,
            [&store](const QString &itemId, const QString &title) {
                store.recordVisit(itemId, title);
            });
}

} // namespace Flexwonen::Ui
