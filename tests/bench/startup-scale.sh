#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Start-up at scale (issue 14.9): wall time from process start to the first exposed, filled
# main window (FLEXWONEN_QUIT_AFTER_SHOWN=1) with the bundled knowledge base and with a large
# one: the bundled items plus DOCS generated ones (tests/bench/searchbench.cpp's generator,
# --base), both opened with --kb. Runs are interleaved; prints the medians and their ratio.
# Usage: tests/bench/startup-scale.sh [BUILD_DIR] [RUNS] [DOCS]
#        (QT_QPA_PLATFORM picks the platform; under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24"
#        env QT_QPA_PLATFORM=xcb tests/bench/startup-scale.sh)
# FLEXWONEN_BENCH_STRICT=1 makes a ratio over the limit exit 1 (never in CTest: no time asserts).
set -euo pipefail
build="${1:-build}"
runs="${2:-9}"
docs="${3:-100000}"
app="$build/bin/flexwonen"
gen="$build/bin/searchbench"
base="$build/share/flexwonen/kb.sqlite"
[ -x "$gen" ] || gen="$build/tests/bench/searchbench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" # no saved window layout, as on a first start
export FLEXWONEN_QUIT_AFTER_SHOWN=1

"$gen" generate --docs "$docs" --base "$base" --db "$work/big.sqlite" >"$work/gen.log"
head -1 "$work/gen.log"

us() { # runs "$@", prints its wall time in microseconds; a failed start fails the bench
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$work/stderr" || { echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
median() { sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000}'; }

# Warm-up: the page cache of both files.
"$app" --kb "$base" >/dev/null 2>&1
"$app" --kb "$work/big.sqlite" >/dev/null 2>&1

: >"$work/base" && : >"$work/big"
for _ in $(seq "$runs"); do
    us "$app" --kb "$base" >>"$work/base"
    us "$app" --kb "$work/big.sqlite" >>"$work/big"
done
b=$(median <"$work/base")
g=$(median <"$work/big")
items=$(sqlite3 "$work/big.sqlite" 'SELECT count(*) FROM item' 2>/dev/null || echo "?")
echo "platform ${QT_QPA_PLATFORM:-default}, $runs runs each, median wall time to a filled window"
echo "bundled knowledge base:          $b ms"
echo "large knowledge base ($items items): $g ms"
ratio=$(awk -v g="$g" -v b="$b" 'BEGIN {printf "%.2f", g / b}')
echo "ratio: $ratio (limit 2.00)"
# The own report's chooser on both (opening it and the slowest keystroke of a filter).
chooser="$build/bin/chooserbench"
[ -x "$chooser" ] || chooser="$build/tests/bench/chooserbench"
"$chooser" "$runs" "$base" "$work/big.sqlite"
if [ "${FLEXWONEN_BENCH_STRICT:-0}" = 1 ]; then
    awk -v r="$ratio" 'BEGIN {exit !(r <= 2.0)}'
fi
