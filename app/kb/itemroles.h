// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <Qt>

namespace Flexwonen::Kb {

// Roles shared by every item model, so views and delegates need not know which model they show.
enum ItemRole {
    ItemIdRole = Qt::UserRole + 1, // QString: the item a row opens (empty for a municipality)
    ItemTypeRole,                  // Kb::ItemType; none for a municipality
    SecondaryTextRole,             // QString: kind and date, initiator, place, CBS code
    DateRole,                      // QDate
    MatchesRole, // QList<TextSpan>: matched words in SecondaryTextRole (search hits only)
};

} // namespace Flexwonen::Kb
