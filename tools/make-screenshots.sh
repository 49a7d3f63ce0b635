#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The screenshots of the AppStream metainfo (and the README): the real app under xvfb-run at
# 1280x800, driven by the keyboard with xdotool as a user would, the screen taken with
# ImageMagick's import. A fresh profile and home, so no earlier use shows. No window manager:
# the window fills the screen without decorations.
#   startpagina.png  the start page with the map of the regions
#   regio.png        a region (West-Brabant) with its municipalities on the map
#   zoeken.png       a question searched, its results and the first one opened
# Usage: tools/make-screenshots.sh [FLEXWONEN_BINARY [OUT_DIR]]
#   (defaults: build/bin/flexwonen, docs/screenshots). Look at every image before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app=$(realpath "${1:-$root/build/bin/flexwonen}")
out=$(mkdir -p "${2:-$root/docs/screenshots}" && cd "${2:-$root/docs/screenshots}" && pwd)
for tool in xvfb-run xdotool import convert; do
    command -v "$tool" > /dev/null || {
        echo "make-screenshots: $tool ontbreekt (packaging/install-deps.sh)" >&2
        exit 1
    }
done
if [ -z "${FLEXWONEN_SCREENSHOTS_IN_XVFB:-}" ]; then
    exec env FLEXWONEN_SCREENSHOTS_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$out"
fi

work=$(mktemp -d)
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2> /dev/null
    wait 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/home/config"
env -u FLEXWONEN_BASE -u FLEXWONEN_PROFILE -u FLEXWONEN_LANG -u FLEXWONEN_THEME \
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" QT_QPA_PLATFORM=xcb \
    "$app" --profile "$work/profiel" > "$work/app.log" 2>&1 &
app_pid=$!

window=
for _ in $(seq 200); do
    window=$(xdotool search --pid "$app_pid" --onlyvisible --name '^Flexwonen Kennisbank$' \
        2> /dev/null | head -1) && [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || {
    echo "make-screenshots: het venster verschijnt niet" >&2
    cat "$work/app.log" >&2
    exit 1
}
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800 windowfocus "$window"
sleep 2

key() {
    xdotool key --clearmodifiers "$@"
    sleep 0.5
}
# The whole screen as a small PNG (AppStream and the README want well under 300 KB): 256
# colours without dithering keep the text sharp; no metadata, no dates.
shot() {
    sleep 1
    import -window root "$work/$1-raw.png"
    convert "$work/$1-raw.png" -strip +dither -colors 256 -define png:compression-level=9 \
        -define png:exclude-chunks=date,time "$out/$1.png"
    echo "$out/$1.png: $(stat -c %s "$out/$1.png") bytes"
}

shot startpagina

# A region from the Regio's panel (Alt+1), filtered by its name: the page without search marks.
key alt+1
xdotool type --delay 60 West-Brabant
sleep 1.2
key Down
key Return
sleep 1.5
shot regio

# A search as a user asks it, the results panel (Alt+6, the sixth panel of Beeld ▸ Panelen),
# the first result opened with its words marked.
key ctrl+k
key ctrl+a
xdotool type --delay 60 'kosten per bed per week'
sleep 0.8
key Return
sleep 1.5
key alt+6
key Return
sleep 1.5
shot zoeken

kill -0 "$app_pid" 2> /dev/null || {
    echo "make-screenshots: de app is gestopt" >&2
    cat "$work/app.log" >&2
    exit 1
}
