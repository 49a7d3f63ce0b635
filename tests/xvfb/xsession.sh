# SPDX-License-Identifier: EUPL-1.2
# Sourced by the Xvfb tests: a work folder removed at exit (with the app and the server stopped),
# and start_xvfb WxH, which starts a server on a display it picks itself and exports DISPLAY.
# The caller sets app_pid when it starts the app.
work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Returns 1 when the server does not come up.
start_xvfb() {
    exec 3>"$work/display"
    # -noreset: by default the server resets when its last client leaves, and an app started
    # right after another one can find no display for that moment (xvfb_geometry failed so).
    Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    exec 3>&-
    [ -s "$work/display" ] || return 1
    DISPLAY=:$(head -1 "$work/display")
    export DISPLAY
}

# Waits for a visible window of the app (app_pid) whose title matches the regular expression;
# prints its id. TRIES tenths of a second at most (default 200). Returns 1 when none appears.
# Usage: wait_for_window REGEX [TRIES]
wait_for_window() {
    local id
    for _ in $(seq "${2:-200}"); do
        id=$(xdotool search --pid "$app_pid" --onlyvisible --name "$1" 2>/dev/null | head -1)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.1
    done
    return 1
}
