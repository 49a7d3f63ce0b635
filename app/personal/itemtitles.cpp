// SPDX-License-Identifier: EUPL-1.2
#include "itemtitles.h"

#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "personallog.h"
#include "personalstore.h"

namespace Flexwonen::Personal {

void refreshTitles(PersonalStore &store, Kb::KnowledgeBase &kb)
{
    try {
        QHash<QString, QString> titles;
        const QHash<QString, Kb::ItemStamp> stamps = kb.stamps(store.itemIds());
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
            titles.insert(it.key(), it->title);
        store.refreshTitles(titles);
    } catch (const Kb::Error &e) {
        qCWarning(lcPersonal) << "titles not refreshed:" << e.message();
    }
}

} // namespace Flexwonen::Personal
