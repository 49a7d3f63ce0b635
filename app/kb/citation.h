// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"
#include "itemmodels.h"

namespace Flexwonen::Kb {

struct KbMeta;
class KnowledgeBase;

// What "Kopieer bronvermelding" puts on the clipboard: a citation a person can paste in a memo
// (title, date, source address, which knowledge base), never an internal kb: id. Pure: the
// reader's menus and the docks' list rows use the same text.
//   Titel (12 maart 2026). Bron: https://…. Flexwonen Kennisbank van 28 november 2026
//   (volgnummer 3).
QString citation(const Item &item, const KbMeta &meta, Labels labels = Labels::Translated);
// The same for an item id; empty when the item does not exist. Throws Error like item().
QString citation(KnowledgeBase &kb, const QString &id, Labels labels = Labels::Translated);

} // namespace Flexwonen::Kb
