// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/query.h"

namespace Flexwonen::Kb::Search {

// Numbers, units and dates written the ways people write them (issue 13, point 3). Adds to the
// parsed query, before synonyms, the other spellings of the same thing as alternatives:
// - square metres: m2, m² and "vierkante meter(s)" are one unit; a number before it
//   ("15 m2", "15m2", "3,5 m²") becomes one clause with every spelling of number and unit;
// - grouped thousands: 6000 also finds "6.000" and "6 000", and "300.000" also finds 300000
//   ("3,5" and "3.5" need nothing: both are the words 3 and 5);
// - dates: a year (1900–2099), a month and year ("juli 2023"), or a day ("1 juli 2023",
//   1-7-2023, 2023-07-01) also finds the items dated then (Kind::Date).
void addNumberForms(ParsedQuery &query);

// The Dutch month (1–12) of a folded month name or abbreviation; 0 when it is none.
int monthOf(const std::string &word);

} // namespace Flexwonen::Kb::Search
