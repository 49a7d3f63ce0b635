#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Start-up benchmark: wall time from process start to the first exposed, filled main window
# (the app quits right there, FLEXWONEN_QUIT_AFTER_SHOWN=1), against an empty QMainWindow
# started the same way. Runs are interleaved; prints the medians and their ratio.
# Usage: tests/bench/startup.sh [BUILD_DIR] [RUNS]    (QT_QPA_PLATFORM picks the platform;
#        under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb tests/bench/startup.sh)
set -euo pipefail
build="${1:-build}"
runs="${2:-15}"
app="$build/bin/flexwonen"
empty="$build/bin/flexwonen-bench-emptywindow"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" # no saved window layout, as on a first start
export FLEXWONEN_QUIT_AFTER_SHOWN=1

ms() { # runs "$@", prints its wall time in microseconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
median() { sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000}'; }

# Warm-up: seeds the profile's content database and the page cache.
"$app" --profile "$work/profile" >/dev/null 2>&1
"$empty" >/dev/null 2>&1

: >"$work/app" && : >"$work/empty"
for _ in $(seq "$runs"); do
    ms "$app" --profile "$work/profile" >>"$work/app"
    ms "$empty" >>"$work/empty"
done
a=$(median <"$work/app")
e=$(median <"$work/empty")
echo "platform ${QT_QPA_PLATFORM:-default}, $runs runs each, median wall time to first expose and exit"
echo "flexwonen (filled window): $a ms"
echo "empty QMainWindow:         $e ms"
awk -v a="$a" -v e="$e" 'BEGIN {printf "ratio: %.2f (limit 3.00)\n", a / e}'
