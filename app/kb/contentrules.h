// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contentproblem.h"
#include "contentsource.h"

#include <QDate>
#include <QJsonObject>

namespace Flexwonen::Kb::ContentRules {

// The content rules an officer relies on when quoting the knowledge base (issue 17; the rules
// are explained for editors in docs/redactie.md). Checked on the raw front matter, so they see
// fields the item struct may not carry.
//  - every source (item 'sources' and each figure's 'source') has 'accessed', an ISO date that
//    is not after today;
//  - no URL (sources, website, contacts, the body) is on a known mirror site;
//  - no source is the bare home page https://flexwonen.nl/;
//  - an item that rests on the 2012 announcement only (confidence 'source-doc-only', citing
//    www.flexwonenarbeidsmigranten.nl directly or archived) says "volgens de aankondiging van
//    29 maart 2012" in its text.
// (A confidence other than 'high' without 'uncertainty' is a field problem: itemProblems.)
void check(const ContentFile &file, const QDate &today, ContentProblems &problems);
void check(const QList<ContentFile> &files, const QDate &today, ContentProblems &problems);

// The sentence every announcement-only fact carries.
QString announcementHedge();

// The mirror domains of data/mirror-domains.txt ("5dok.net", "fdocuments.*").
const QStringList &mirrorDomains();
// The mirror domain pattern url is on, or empty.
QString mirrorOf(const QString &url);
bool isBareHomePage(const QString &url);
bool citesAnnouncement(const QString &url);

// Every source object of the front matter with its path ("sources/1", "figures/0/source").
QList<std::pair<QString, QJsonObject>> sourceObjects(const QJsonObject &frontMatter);
// What a source object's 'accessed' is wrong about, or empty when it is a past ISO date.
QString accessedProblem(const QJsonObject &source, const QDate &today);

// Every URL of a file with its line: front matter values under "url" and "website", and http(s)
// addresses in the body.
struct UrlAt
{
    QString url;
    int line = 0;
};
QList<UrlAt> urls(const ContentFile &file);

} // namespace Flexwonen::Kb::ContentRules
