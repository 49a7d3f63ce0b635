// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Personal {

class PersonalStore;

// Gives the store the titles its items have in the content now (one query), so an item a later
// update removes still shows by its last title. A failure to read is logged, not thrown: only
// the titles of removed items could be older.
void refreshTitles(PersonalStore &store, Kb::KnowledgeBase &kb);

} // namespace Flexwonen::Personal
