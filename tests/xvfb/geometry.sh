#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 15.7: Qt's -geometry and -qwindowgeometry place the window under a real X server, also
# over a saved layout: the first run is closed with Ctrl+Q and saves its layout (maximised on
# this small screen), the next runs give a geometry. No window manager: the X window's geometry
# (xwininfo) is the window's own, without a frame, and no one acts on a maximised state: what
# the app asks of a window manager is read from _NET_WM_STATE (xprop).
# Usage: geometry.sh FLEXWONEN_BINARY. Exits 77 (skipped) without Xvfb, xdotool, xwininfo or
# xprop.
set -u
app=${1:?flexwonen binary}
for tool in Xvfb xdotool xwininfo xprop; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool ontbreekt"; exit 77; }
done

# shellcheck source=xsession.sh
. "$(cd "$(dirname "$0")" && pwd)/xsession.sh"

fail() {
    echo "FOUT: $*"
    echo "--- app log"; tail -20 "$work/app.log" 2>/dev/null
    exit 1
}

start_xvfb 1280x800 || fail "Xvfb start niet"
export HOME=$work/home XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"

# Starts the window with these options; prints its id.
start() {
    "$app" --profile "$work/profiel" "$@" >>"$work/app.log" 2>&1 &
    app_pid=$!
    wait_for_window '^Flexwonen Kennisbank$'
}
# WxH+X+Y of the X window.
geometry() {
    xwininfo -id "$1" | awk '/Absolute upper-left X/ {x = $NF} /Absolute upper-left Y/ {y = $NF}
        /Width:/ {w = $NF} /Height:/ {h = $NF} END {print w "x" h "+" x "+" y}'
}
# "maximized" when the window asks to be maximised, else "normal".
state() {
    case "$(xprop -id "$1" _NET_WM_STATE)" in *MAXIMIZED*) echo maximized ;; *) echo normal ;; esac
}
# Ctrl+Q: the window closes and saves its layout; the app ends.
quit() {
    xdotool windowfocus "$1" 2>/dev/null
    sleep 0.5
    xdotool key --clearmodifiers ctrl+q
    for _ in $(seq 100); do
        kill -0 "$app_pid" 2>/dev/null || { app_pid=; return 0; }
        sleep 0.1
    done
    fail "Ctrl+Q sluit de app niet"
}

win=$(start) || fail "het venster verschijnt niet"
sleep 1
echo "zonder optie: $(geometry "$win") $(state "$win")"
[ "$(state "$win")" = maximized ] || fail "zonder optie is het venster niet gemaximaliseerd"
quit "$win"
grep -q '^geometry=' "$XDG_CONFIG_HOME/flexwonen/flexwonen.conf" ||
    fail "de indeling is niet bewaard"

# Each a different geometry: the one saved by the run before must not pass for it.
for run in "-geometry 800x500+10+20" "-qwindowgeometry 820x510+12+22" \
    "--qwindowgeometry 840x520+14+24" "-reverse -geometry 860x530+16+26"; do
    read -ra options <<<"$run"
    win=$(start "${options[@]}") || fail "het venster verschijnt niet ($run)"
    sleep 1
    got=$(geometry "$win")
    [ "$got" = "${options[-1]}" ] || fail "$run geeft $got"
    # A window manager would maximise it over the option.
    [ "$(state "$win")" = normal ] || fail "$run: het venster vraagt om maximaliseren"
    echo "$run: $got"
    quit "$win"
done

# Only a position: the size is the default one (1280x800 fits this screen exactly).
win=$(start -qwindowgeometry +30+40) || fail "het venster verschijnt niet (alleen positie)"
sleep 1
got=$(geometry "$win")
case "$got" in *+30+40) ;; *) fail "-qwindowgeometry +30+40 geeft $got";; esac
[ "$(state "$win")" = normal ] || fail "-qwindowgeometry +30+40: het venster vraagt om maximaliseren"
echo "-qwindowgeometry +30+40: $got"
quit "$win"
echo "OK: de opgegeven geometrie geldt, ook over een bewaarde indeling"
exit 0
