// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtype.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flexwonen::Kb {

struct Source
{
    QString title;
    QString url;
    QDate accessed; // when the source was consulted; invalid for feed items published without it
    bool operator==(const Source &) const = default;
};

// A key figure always carries its year, definition and source: numbers on migrants vary by
// definition.
struct Figure
{
    QString label;
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    int year = 0;
    QString definition;
    Source source;
    bool approx = false;
    bool operator==(const Figure &) const = default;
};

struct Municipality
{
    QString name;
    QString code; // CBS code, GMxxxx
    int year = 0;
    bool operator==(const Municipality &) const = default;
};

struct Contact
{
    QString name;
    QString role;
    QString url;
    bool operator==(const Contact &) const = default;
};

// One knowledge-base item, as stored and as written in data/content (see data/FORMAT.md). Its
// scalar fields are described once, in itemfields.h, for SQL, JSON, Markdown and reports.
struct Item
{
    QString id;
    ItemType type = ItemType::Page;
    QString title;
    QString summary;
    QString body; // Markdown
    QString region;
    QString dossier;
    QString kind;
    QString place;
    QString municipality;
    QString initiator;
    QString website;
    QString confidence; // empty means high
    QString uncertainty;
    QDate date;
    QDate endDate;
    QDate validFrom;
    int order = 0;
    int referenceYear = 0;
    int rev = 1;
    QList<Source> sources;
    QStringList links;
    QList<Figure> figures;
    QList<Municipality> municipalities;
    QList<Contact> contacts;

    bool operator==(const Item &) const = default;
};

// What lists show: enough to draw a row without loading bodies.
struct ItemSummary
{
    QString id;
    ItemType type = ItemType::Page;
    QString title;
    QString summary;
    QString region;
    QString dossier;
    QString kind;
    QString place;
    QString municipality;
    QString initiator;
    QDate date;
    int order = 0;
};

} // namespace Flexwonen::Kb
