// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAccessible>
#include <QRect>
#include <QString>

class QWidget;

namespace Flexwonen::Ui {

// A widget that draws parts a user tells apart (the map's regions, a chart's bars) offers them
// to assistive technology through this (issue 15.6): each part becomes an accessible child with
// a name, a place on screen, whether it has the focus or is the chosen one, and, where the part
// can be opened, a "press" action. The widget inherits it beside QWidget; announcePartFocus
// tells a screen reader that the keyboard moved to another part.
class AccessibleParts
{
public:
    virtual ~AccessibleParts() = default;

    virtual QAccessible::Role partsRole() const = 0; // the widget's own role
    virtual QAccessible::Role partRole() const = 0;
    virtual int partCount() const = 0;
    virtual QString partName(int index) const = 0;
    virtual QRect partRect(int index) const = 0; // in the widget's coordinates
    virtual int focusedPart() const { return -1; }
    virtual int chosenPart() const { return -1; }
    // Opens the part; false when parts cannot be opened (no action is offered then).
    virtual bool canActivateParts() const { return false; }
    virtual void activatePart(int) {}

    // Installs the accessibility factory for such widgets (once per process).
    static void install();
    static void announcePartFocus(QWidget *widget, int index);
};

} // namespace Flexwonen::Ui
