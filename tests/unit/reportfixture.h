// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/kberror.h"

#include <QString>

namespace Flexwonen::Test {

// A knowledge base for report tests and the benchmark: region "west-brabant" complete with
// municipalities, figures, contacts and sources; an agreement, norms, a pilot and a good
// example; dossier "woonvormen" with documentCount documents of paragraphs paragraphs each.
// The texts hold diacritics and the letter pairs fi/fl that fonts like to turn into ligatures.
// bodyExtra (Markdown) is appended to the body of every item (hostile content for safety tests).
void buildReportKb(const QString &path, int documentCount = 6, int paragraphs = 3,
                   const QString &bodyExtra = {});

// poppler-utils, read back.
QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0);
QString pdfInfo(const QString &pdf);
QString pdfFonts(const QString &pdf);
int pdfPageCount(const QString &pdf);
int pdfImageCount(const QString &pdf);
bool popplerAvailable();

} // namespace Flexwonen::Test
