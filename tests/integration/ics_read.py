#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# Reads an iCalendar file with Debian's python3-icalendar (a parser that is not ours) and prints
# what it found as JSON: the calendar's properties and every VEVENT with its values decoded.
# Exit 1 when the parser refuses the file or reports an error in a component.
import json
import sys

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def day(component, name):
    if component.get(name) is None:
        return None
    value = component.decoded(name)
    # An all-day value is a date, not a datetime.
    return {"type": type(value).__name__, "iso": value.isoformat()}


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    calendar = icalendar.Calendar.from_ical(data)
    errors = []
    events = []
    for component in calendar.walk():
        errors.extend(str(e) for e in getattr(component, "errors", []))
        if component.name != "VEVENT":
            continue
        events.append({
            "uid": text(component, "UID"),
            "summary": text(component, "SUMMARY"),
            "location": text(component, "LOCATION"),
            "description": text(component, "DESCRIPTION"),
            "url": text(component, "URL"),
            "dtstart": day(component, "DTSTART"),
            "dtend": day(component, "DTEND"),
            "dtstamp": text(component, "DTSTAMP") and component.decoded("DTSTAMP").isoformat(),
        })
    print(json.dumps({
        "name": calendar.name,
        "version": text(calendar, "VERSION"),
        "prodid": text(calendar, "PRODID"),
        "calscale": text(calendar, "CALSCALE"),
        "method": text(calendar, "METHOD"),
        "calname": text(calendar, "X-WR-CALNAME"),
        "errors": errors,
        "events": events,
    }, ensure_ascii=True))


if __name__ == "__main__":
    main()
