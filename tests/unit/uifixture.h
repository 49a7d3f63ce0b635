// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Flexwonen::Test {

// A small knowledge base for the window tests, independent of the bundled content: two regions
// (with municipalities and figures), two dossiers, documents with links between them, a pilot,
// events before and after today, and news.
void buildUiKb(const QString &path, QDate today = QDate::currentDate());

} // namespace Flexwonen::Test
