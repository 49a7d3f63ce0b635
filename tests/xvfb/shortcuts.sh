#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 14: the window's shortcuts and focus under a real X server, driven by xdotool as a user
# would: Ctrl+K and typing, then Ctrl+E from the search field opens the export dialog; Escape
# closes it; F1 opens the manual; F6 / Shift+F6 walk the panes; Alt+n reach the docks; Tab leaves
# the reader in one step. The focus is read from the app's FLEXWONEN_FOCUS_LOG.
# Usage: shortcuts.sh FLEXWONEN_BINARY. Exits 77 (skipped) without Xvfb, xdotool or xdpyinfo.
# SHOTS=DIR keeps screenshots (1024x600) for a person to look at (needs imagemagick's import).
set -u
app=${1:?flexwonen binary}
for tool in Xvfb xdotool xdpyinfo; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool ontbreekt"; exit 77; }
done

# shellcheck source=xsession.sh
. "$(cd "$(dirname "$0")" && pwd)/xsession.sh"

fail() {
    echo "FOUT: $*"
    echo "--- focus log"; cat "$work/focus.log" 2>/dev/null
    echo "--- app log"; tail -20 "$work/app.log" 2>/dev/null
    exit 1
}

# A free display, chosen by the server itself.
start_xvfb 1024x600 || fail "Xvfb start niet"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

mkdir -p "$work/home/config"
HOME=$work/home XDG_CONFIG_HOME=$work/home/config QT_QPA_PLATFORM=xcb \
    FLEXWONEN_FOCUS_LOG=$work/focus.log "$app" --profile "$work/profiel" >"$work/app.log" 2>&1 &
app_pid=$!

window=$(wait_for_window '^Flexwonen Kennisbank$') || fail "het venster verschijnt niet"
xdotool windowmove "$window" 0 0 windowsize "$window" 1024 600 windowfocus "$window"
sleep 1.5

key() { xdotool key --clearmodifiers "$@"; sleep 0.4; }
focus() { tail -1 "$work/focus.log" 2>/dev/null; }
shot() {
    [ -n "${SHOTS:-}" ] || return 0
    mkdir -p "$SHOTS" && sleep 0.5 && import -window root "$SHOTS/$1.png"
}
# Waits for a window with this exact title; prints its id.
appears() { wait_for_window "^$1\$" 50; }
# Gone, and the main window focused again (no window manager here does that).
gone() {
    for _ in $(seq 50); do
        if ! xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1; then
            xdotool windowfocus "$window" 2>/dev/null
            sleep 0.4
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# 1. Ctrl+K, a word, Ctrl+E: the export dialog, from the search field.
key ctrl+k
case "$(focus)" in SearchField*) ;; *) fail "Ctrl+K zet de focus niet in het zoekveld: $(focus)";; esac
xdotool type --delay 60 keurmerk
sleep 0.8
shot shortcuts-1-suggesties
key ctrl+e
appears 'Rapport afdrukken of exporteren' >/dev/null ||
    fail "Ctrl+E in het zoekveld opent het exportvenster niet"
shot shortcuts-2-export
key Escape
gone 'Rapport afdrukken of exporteren' || fail "Escape sluit het exportvenster niet"

# 2. F1: the manual, Escape closes it.
key F1
appears 'Handleiding' >/dev/null || fail "F1 opent de handleiding niet"
shot shortcuts-3-handleiding
key Escape
gone 'Handleiding' || fail "Escape sluit de handleiding niet"

# 3. Enter: the full results; the suggestions stay closed (the late answer came meanwhile).
key ctrl+k
key Return
sleep 0.8
shot shortcuts-4-na-enter

# 4. F6 walks the panes and comes back to the search field; Shift+F6 goes back.
key ctrl+k
panes=()
for _ in $(seq 8); do
    key F6
    pane=$(focus | cut -d' ' -f1)
    [ "$pane" = SearchField ] && break
    panes+=("$pane")
done
[ "$(focus | cut -d' ' -f1)" = SearchField ] || fail "F6 komt niet terug in het zoekveld: ${panes[*]}"
grep -qx ReaderTabs <<< "$(printf '%s\n' "${panes[@]}")" || fail "F6 bereikt de lezer niet: ${panes[*]}"
grep -q Dock <<< "$(printf '%s\n' "${panes[@]}")" || fail "F6 bereikt geen paneel: ${panes[*]}"
key shift+F6
[ "$(focus | cut -d' ' -f1)" = ReaderTabs ] || fail "Shift+F6 vanuit het zoekveld gaat niet naar de lezer: $(focus)"
shot shortcuts-5-lezer-focus

# 5. Tab leaves the reader's text in one step (to the next widget: the start page's map).
key Tab
[ "$(focus | cut -d' ' -f2)" != Flexwonen::Ui::ReaderView ] || fail "Tab blijft in de tekst: $(focus)"

# 6. Alt+1 … Alt+4: the docks, visible and with the focus.
for n in 1 2 3 4; do
    key alt+$n
    case "$(focus | cut -d' ' -f1)" in *Dock) ;; *) fail "Alt+$n gaat niet naar een paneel: $(focus)";; esac
done
shot shortcuts-6-agenda-focus

# 7. Ctrl+P from a dock list and Ctrl+E from the reader (via Shift+F6 from the search field).
key ctrl+p
appears 'Rapport afdrukken of exporteren' >/dev/null || fail "Ctrl+P in een lijst opent niets"
key Escape
gone 'Rapport afdrukken of exporteren' || fail "Escape sluit het venster niet"
key ctrl+k
key shift+F6
key ctrl+e
appears 'Rapport afdrukken of exporteren' >/dev/null || fail "Ctrl+E in de lezer opent niets"
key Escape

kill -0 "$app_pid" 2>/dev/null || fail "de app is gestopt"
echo "OK: sneltoetsen en focus onder X"
exit 0
