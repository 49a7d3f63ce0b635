#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 15.6: the real binary under Xvfb with the AT-SPI bus, read by a real client
# (atspi_client.py, pyatspi). Its own D-Bus session (dbus-run-session) starts the accessibility
# bus and registry on demand, as a desktop session does.
# Usage: atspi.sh FLEXWONEN_BINARY. Exits 77 (skipped) when a tool is missing.
set -u
app=${1:?flexwonen binary}
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${FLEXWONEN_ATSPI_INNER:-}" ]; then
    for tool in Xvfb xdotool dbus-run-session; do
        command -v "$tool" >/dev/null || { echo "SKIP: $tool ontbreekt"; exit 77; }
    done
    [ -x /usr/libexec/at-spi-bus-launcher ] || { echo "SKIP: at-spi2-core ontbreekt"; exit 77; }
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi ontbreekt"; exit 77; }
    FLEXWONEN_ATSPI_INNER=1 exec dbus-run-session -- "$0" "$@"
fi

# shellcheck source=xsession.sh
. "$here/xsession.sh"
start_xvfb 1280x800 || { echo "FOUT: Xvfb start niet"; exit 1; }

export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export HOME=$work/home XDG_CONFIG_HOME=$work/config FLEXWONEN_PROFILE=$work/profile
mkdir -p "$HOME"
"$app" >"$work/app.log" 2>&1 &
app_pid=$!
win=$(wait_for_window '^Flexwonen Kennisbank$') ||
    { echo "FOUT: geen venster"; tail -20 "$work/app.log"; exit 1; }
xdotool windowfocus "$win" 2>/dev/null
sleep 1
# The oracle for the map: the region titles as the command line lists them.
regions=()
while IFS= read -r title; do regions+=(--region "$title"); done < <(
    "$app" list regions --json | /usr/bin/python3 -c 'import json, sys
for r in json.load(sys.stdin): print(r["title"])')
[ ${#regions[@]} -eq 16 ] || { echo "FOUT: verwacht 8 regio's van list regions"; exit 1; }
timeout 150 /usr/bin/python3 "$here/atspi_client.py" --window "$win" "${regions[@]}"
rc=$?
[ $rc -ne 0 ] && { echo "--- app log"; tail -20 "$work/app.log"; }
exit $rc
