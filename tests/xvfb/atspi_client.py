#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# Issue 15.6: the running window read from outside by a real AT-SPI client (pyatspi, what the
# Orca screen reader uses). Checks that every interactive control has a role and a name, and
# that moving the focus with the keyboard is announced (object:state-changed:focused) for a
# named object. Then opens each dialog of DIALOGS with the keyboard and checks its controls the
# same way, and that the controls whose name does not say what they are for carry a
# description. Prints what it finds, each problem with the control's path; exits 1 on a
# failure. Run by atspi.sh.
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

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


def controls(root, showing_only=False):
    """The interactive controls under root, each with its path."""
    nodes = []
    walk(root, [], nodes)
    found = []
    for node, path in nodes:
        try:
            role = node.getRole()
            parent_role = node.parent.getRole() if node.parent else None
            state = node.getState()
        except Exception:
            continue
        # What takes the keyboard focus is announced, whatever its role (a read-only text).
        if role not in INTERACTIVE and not state.contains(pyatspi.STATE_FOCUSABLE):
            continue
        if showing_only and not state.contains(pyatspi.STATE_SHOWING):
            continue
        if role == pyatspi.ROLE_LIST and parent_role == pyatspi.ROLE_COMBO_BOX:
            continue  # a combo box's own popup list: the combo box carries the name
        if role == pyatspi.ROLE_PAGE_TAB_LIST and not any(
                node.getChildAtIndex(i) is not None
                and node.getChildAtIndex(i).getRole() == pyatspi.ROLE_PAGE_TAB
                for i in range(node.childCount)):
            continue  # a tab bar the window keeps for later, without tabs: nothing to reach
        found.append((node, "/".join(path + [label(node)])))
    return len(nodes), found


def check_controls(found, described, seen):
    """Prints and returns the problems of the controls found: no name, or no description where
    one is needed. seen: paths already checked (a dialog is walked at each step)."""
    problems = []
    for node, path in found:
        if path in seen:
            continue
        seen.add(path)
        name = (node.name or "").strip()
        description = (node.description or "").strip()
        if os.environ.get("ATSPI_LIST"):  # for a person: what a screen reader is told
            print(f"  {path} | {description} | gelabeld door: {labelled_by(node)}")
        if not name:
            problems.append(path)
            print(f"FOUT: bediening zonder naam: {path}")
        elif needs_description(node, described) and not description:
            problems.append(path)
            print(f"FOUT: bediening zonder beschrijving: {path}")
    return problems


def needs_description(node, described):
    """A combo box's AT-SPI name is its current value (Qt on Linux): what it chooses is in its
    description. Other controls need one when their dialog lists their name in described."""
    return (node.getRole() == pyatspi.ROLE_COMBO_BOX
            or (node.name or "").strip() in described)


def press(*keys):
    """xdotool key names; a number is a longer pause (a menu opening)."""
    for key in keys:
        if isinstance(key, (int, float)):
            time.sleep(key)
            continue
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
        time.sleep(0.4)


def focus_window(window):
    if window:  # no window manager gives the main window its focus back
        subprocess.run(["xdotool", "windowfocus", window], check=False)
        time.sleep(0.4)


def pump(seconds):
    """Lets the AT-SPI client take in what the app announced meanwhile (windows that came and
    went, changed names), as a screen reader's main loop does."""
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.05)


def fresh(node):
    try:
        node.clear_cache()  # Atspi.Accessible: read names and children again
    except Exception:
        pass
    return node


def find_window(app, title, seconds=10):
    """The app's dialog (or window) with this title, once it shows; None if it does not."""
    deadline = time.time() + seconds
    while True:
        pump(0.2)
        for i in range(fresh(app).childCount):
            child = app.getChildAtIndex(i)
            try:
                if (child is not None and (child.name or "") == title
                        and child.getState().contains(pyatspi.STATE_SHOWING)):
                    return child
            except Exception:
                continue
        if time.time() >= deadline:
            return None


class Dialog:
    """A dialog that the keyboard opens from the main window, walked at each of its steps.

    title: its window title; keys: what opens it; described: names of controls whose name
    alone does not say what they do, so they need a description; steps: a function of the open
    dialog that returns (label, keys, check) for each state to walk (check: None or a function
    that returns a problem, or None when the keys did what they should). Escape closes it."""

    def __init__(self, title, keys, described=(), steps=None):
        self.title = title
        self.keys = keys
        self.described = set(described)
        self.steps = steps or (lambda dialog: [("", [], None)])


def labelled_by(node):
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return [relation.getTarget(i).name or "" for i in range(relation.getNTargets())]
    except Exception:
        pass
    return []


def report_kinds(dialog):
    """The export dialog: each report kind, chosen with the keyboard in the focused "Rapport:"
    combo box (Home, then Down); its AT-SPI name, its current value, says the kind was set."""
    kinds = [n for n, _ in controls(dialog)[1]
             if n.getRole() == pyatspi.ROLE_COMBO_BOX and "Rapport:" in labelled_by(n)]
    if not kinds:
        return [("", [], lambda: "geen keuzelijst met het label Rapport:")]
    combo = kinds[0]
    names = []
    for i in range(combo.childCount):  # its popup list, with the kinds as items
        popup = combo.getChildAtIndex(i)
        names += [popup.getChildAtIndex(j).name or "" for j in range(popup.childCount)]
    if len(names) < 5:
        return [("", [], lambda: f"de rapportkeuze noemt {names}, verwacht vijf soorten")]
    if not combo.getState().contains(pyatspi.STATE_FOCUSED):
        return [("", [], lambda: "de focus staat bij het openen niet op de rapportkeuze")]

    def chosen(kind):
        return lambda: None if (fresh(combo).name or "") == kind else \
            f"gekozen: {combo.name}, verwacht {kind}"
    return [(kind, ["Home"] + ["Down"] * i, chosen(kind)) for i, kind in enumerate(names)]


# Every dialog the keyboard reaches from the main window; one more dialog is one more entry.
DIALOGS = [
    Dialog("Rapport afdrukken of exporteren", ["ctrl+k", "ctrl+e"],
           described={"Alle items", "Items van het rapport", "Omhoog", "Omlaag", "Weghalen",
                      "Titel:"},
           steps=report_kinds),
    Dialog("Handleiding", ["F1"]),
    Dialog("Sneltoetsen", ["alt+h", 1.5, "s"]),
    Dialog("Over Flexwonen Kennisbank", ["alt+h", 1.5, "o"]),
    # Issue 15.2: each of its three tabs, reached with Ctrl+Tab as a keyboard user does.
    Dialog("Instellingen", ["ctrl+comma"],
           described={"Feedadres:", "Vertrouwde sleutel:", "CA-certificaten:", "Tekstgrootte:"},
           steps=lambda dialog: [("Updates", [], None), ("Weergave", ["ctrl+Tab"], None),
                                 ("Rapporten", ["ctrl+Tab"], None)]),
]


def walk_dialog(app, spec, main_window):
    """Opens spec's dialog, checks its controls at each step, closes it; returns problems."""
    problems = []
    dialog = None
    # Twice at most: under load a menu may not be open yet when its mnemonic comes (Escape
    # closes what did open).
    for attempt in range(2):
        if attempt:
            press("Escape")
        focus_window(main_window)
        press(*spec.keys)
        dialog = find_window(app, spec.title, seconds=8)
        if dialog is not None:
            break
    if dialog is None:
        keys = " ".join(k for k in spec.keys if isinstance(k, str))
        print(f"FOUT: {keys} opent '{spec.title}' niet")
        return [f"{spec.title}: niet geopend"]
    seen = set()
    for step, keys, check in spec.steps(dialog):
        press(*keys)
        pump(0.3)
        fresh(dialog)
        problem = check() if check else None
        if problem:
            print(f"FOUT: {spec.title} {step}: {problem}")
            problems.append(problem)
        count, found = controls(dialog, showing_only=True)
        print(f"{spec.title}{' › ' + step if step else ''}: {len(found)} bedieningen")
        problems += check_controls(found, spec.described, seen)
    missing = spec.described - {(n.name or "").strip() for n, _ in controls(dialog)[1]}
    for name in sorted(missing):
        problems.append(name)
        print(f"FOUT: {spec.title}: geen bediening '{name}' gevonden (verwacht met beschrijving)")
    press("Escape")
    for _ in range(30):
        pump(0.2)
        if find_window(app, spec.title, seconds=0) is None:
            break
    else:
        problems.append(f"{spec.title}: blijft open")
        print(f"FOUT: Escape sluit '{spec.title}' niet")
    focus_window(main_window)
    return problems


REGIONS = []


def main():
    args = sys.argv[1:]
    main_window = None
    while args and args[0] in ("--region", "--window"):
        if args[0] == "--region":
            REGIONS.append(args[1])
        else:
            main_window = args[1]
        args = args[2:]
    sys.argv = [sys.argv[0]] + args
    app = find_app("flexwonen")
    if app is None:
        print("FOUT: flexwonen verschijnt niet in de AT-SPI-boom")
        return 1
    count, found = controls(app)
    print(f"{count} toegankelijke objecten gelezen")
    problems = check_controls(found, set(), set())

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

    def press_keys():
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            time.sleep(0.4)
        time.sleep(0.5)
        pyatspi.Registry.stop()

    import threading
    threading.Thread(target=press_keys, daemon=True).start()
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

    # The dialogs, opened with the keyboard.
    for spec in DIALOGS:
        problems += walk_dialog(app, spec, main_window)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
