#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 15.6: the running window read from outside by a real AT-SPI client (pyatspi, what the
# Orca screen reader uses). Checks that every interactive control has a role and a name, and
# that moving the focus with the keyboard is announced (object:state-changed:focused) for a
# named object. Prints what it finds; exits 1 on a failure. Run by atspi.sh.
import os
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU, pyatspi.ROLE_PAGE_TAB_LIST,
}


def find_app(name, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and (app.name or "").lower() == name:
                return app
        time.sleep(0.2)
    return None


def label(node):
    try:
        return f"{node.getRoleName()}:{(node.name or '')[:30]}"
    except Exception:
        return "?"


def walk(node, path, found, depth=0):
    """Every node under node, with the path of role:name labels that leads to it."""
    if node is None or depth > 25:
        return
    found.append((node, path))
    try:
        count = node.childCount
    except Exception:
        return
    # Long lists and trees: their rows are items, the first few stand for the rest.
    if node.getRole() in (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
                          pyatspi.ROLE_TABLE):
        count = min(count, 12)
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, path + [label(node)], found, depth + 1)


def unnamed_controls(app):
    nodes = []
    walk(app, [], nodes)
    problems = []
    for node, path in nodes:
        try:
            role = node.getRole()
            name = (node.name or "").strip()
            parent_role = node.parent.getRole() if node.parent else None
        except Exception:
            continue
        if role not in INTERACTIVE:
            continue
        if role == pyatspi.ROLE_LIST and parent_role == pyatspi.ROLE_COMBO_BOX:
            continue  # a combo box's own popup list: the combo box carries the name
        if role == pyatspi.ROLE_PAGE_TAB_LIST and not any(
                node.getChildAtIndex(i) is not None
                and node.getChildAtIndex(i).getRole() == pyatspi.ROLE_PAGE_TAB
                for i in range(node.childCount)):
            continue  # a tab bar the window keeps for later, without tabs: nothing to reach
        if not name:
            problems.append("/".join(path + [node.getRoleName()]))
    return len(nodes), problems


REGIONS = []


def main():
    args = sys.argv[1:]
    while args and args[0] == "--region":
        REGIONS.append(args[1])
        args = args[2:]
    sys.argv = [sys.argv[0]] + args
    app = find_app("flexwonen")
    if app is None:
        print("FOUT: flexwonen verschijnt niet in de AT-SPI-boom")
        return 1
    count, problems = unnamed_controls(app)
    print(f"{count} toegankelijke objecten gelezen")
    for p in problems:
        print(f"FOUT: bediening zonder naam: {p}")

    # The map's regions are its children, named as the knowledge base names them (the oracle:
    # the region titles the command line lists, passed by atspi.sh as --regions).
    expected = sorted(REGIONS)
    nodes = []
    walk(app, [], nodes)
    maps = [n for n, _ in nodes
            if (n.name or "").startswith("Kaart van Nederland") and n.getRole() == pyatspi.ROLE_LIST]
    if not maps:
        problems.append("geen kaart")
        print("FOUT: de kaart staat niet in de boom als lijst")
    for m in maps:
        items = [m.getChildAtIndex(i) for i in range(m.childCount)]
        names = sorted((c.name or "") for c in items)
        roles = {c.getRoleName() for c in items}
        print(f"kaart: {len(items)} regio's ({', '.join(sorted(roles))})")
        if names != expected:
            problems.append("kaartregio's")
            print(f"FOUT: de kaart noemt {names}, verwacht {expected}")
        for c in items:
            action = c.queryAction() if c is not None else None
            if action is None or action.nActions < 1:
                problems.append("kaartregio zonder actie")
                print(f"FOUT: regio {c.name} heeft geen actie om te openen")

    # Focus moves by keyboard are announced, each for an object with a name.
    announced = []

    def on_focus(event):
        if event.detail1 == 1:
            chain = []
            node = event.source
            while node is not None and len(chain) < 8:
                chain.append(label(node))
                node = node.parent
            announced.append((event.source.getRoleName(), (event.source.name or "").strip(),
                              " < ".join(chain)))

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    # Into the map by Tab, and along its regions with the arrow keys: each announced by name.
    # Enter opens the region; its page has the chart of its key figures.
    keys = sys.argv[1:] or ["ctrl+k", "Tab", "Tab", "Tab", "Tab", "Right", "Right", "Return",
                            "F6", "F6", "F6"]

    def press():
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            time.sleep(0.4)
        time.sleep(0.5)
        pyatspi.Registry.stop()

    import threading
    threading.Thread(target=press, daemon=True).start()
    pyatspi.Registry.start(gil=True)
    print(f"{len(announced)} focuswissels gemeld")
    for role, name, chain in announced:
        print(f"  focus: {role}: {name}")
        if not name:
            problems.append(f"focus op {role} zonder naam")
            print(f"FOUT: focus op {role} zonder naam ({chain})")
    if len(announced) < len(keys) // 2:
        problems.append("te weinig focuswissels gemeld")
        print(f"FOUT: {len(keys)} toetsen, {len(announced)} focuswissels gemeld")

    # The region page's chart: its bars are children, each named with its figure.
    nodes = []
    walk(app, [], nodes)
    charts = [n for n, _ in nodes if n.getRole() == pyatspi.ROLE_CHART]
    if not charts:
        problems.append("geen diagram")
        print("FOUT: geen staafdiagram in de boom na het openen van een regio")
    for chart in charts:
        bars = [chart.getChildAtIndex(i).name or "" for i in range(chart.childCount)]
        print(f"diagram '{chart.name}': {len(bars)} staven")
        for bar in bars:
            print(f"  staaf: {bar}")
        if not bars or not all(":" in b and any(c.isdigit() for c in b) for b in bars):
            problems.append("diagramstaven")
            print("FOUT: staven zonder naam met waarde")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
