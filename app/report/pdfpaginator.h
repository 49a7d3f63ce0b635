// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfboxes.h"

namespace Flexwonen::Report::Pdf {

// Places the flow's slices on A4 pages, top to bottom, each exactly once:
// - a slice that does not fit in what is left of the page starts the next page;
// - slices marked keep-with-next stay with what follows (a heading never ends a page, a
//   paragraph leaves no single line behind), unless the whole chain is taller than a page;
// - a table row on a new page gets its table's header rows above it again (as artifacts);
// - space before a slice is dropped at the top of a page; a page break starts a new page.
// Fills in the page of each heading.
class Paginator
{
public:
    QList<PageBoxes> paginate(Flow &flow) const;
};

} // namespace Flexwonen::Report::Pdf
