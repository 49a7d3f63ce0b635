#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds with warnings as errors and runs the whole test suite headless: format check, the
# libFuzzer smoke run of the feed parsers, then every CTest test (its summary is the last line).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLEXWONEN_TEST_BUILD:-build-tests}"
seconds="${FLEXWONEN_FUZZ_SECONDS:-20}"

echo "== format check (clang-format)"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== configure and build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLEXWONEN_WERROR=ON
cmake --build "$build"

echo "== fuzz smoke (clang, libFuzzer + ASan/UBSan, $seconds s per target)"
fuzzbuild="${build}-fuzz"
CXX=clang++ cmake -S . -B "$fuzzbuild" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFLEXWONEN_FUZZ=ON -DFLEXWONEN_BUILD_TESTS=OFF -DFLEXWONEN_WERROR=ON > /dev/null
cmake --build "$fuzzbuild" --target fuzz_signature fuzz_head fuzz_batch
for target in signature head batch; do
    corpus="$fuzzbuild/corpus-$target"
    log="$fuzzbuild/fuzz-$target.log"
    mkdir -p "$corpus"
    cp tests/fuzz/corpus/$target/* "$corpus/"
    if ! "$fuzzbuild/bin/fuzz_$target" -max_total_time="$seconds" -max_len=300000 \
        -rss_limit_mb=2048 "$corpus" > "$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz_$target FAILED (log: $log)"
        exit 1
    fi
    echo "fuzz_$target: $(grep -E '^Done [0-9]+ runs' "$log" || tail -n 1 "$log")"
done

echo "== tests"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j2 --timeout 900
