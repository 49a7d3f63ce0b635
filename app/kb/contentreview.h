// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contentproblem.h"
#include "contentsource.h"

namespace Flexwonen::Kb::ContentReview {

// What is new in a content folder compared with an earlier version of it (CI: the base branch),
// flagged for a person to look at (issue 17 point 7, docs/redactie.md):
//  - a new or changed figure whose source is missing, undated or on a mirror site;
//  - a new paragraph with a figure (a percentage, a euro amount, a number of 100 or more
//    followed by a word) and no attribution in the same paragraph (a Markdown link, "volgens",
//    "bron");
//  - a new quotation („…”, “…”, "…" of four words or more, or a '>' block quote) with no
//    attribution in the same paragraph;
//  - a new URL on a mirror site.
// Files are matched by their path in the folder; a file that is new is new throughout.
void compare(const QList<ContentFile> &current, const QList<ContentFile> &base,
             ContentProblems &problems);

// The paragraph tests, for the tests.
bool hasFigure(const QString &paragraph);
bool hasQuote(const QString &paragraph);
bool hasAttribution(const QString &paragraph);

} // namespace Flexwonen::Kb::ContentReview
