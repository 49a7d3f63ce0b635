#!/usr/bin/env bash
# Builds with warnings as errors and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLEXWONEN_TEST_BUILD:-build-tests}"

echo "== format check (clang-format)"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== configure and build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLEXWONEN_WERROR=ON
cmake --build "$build"

echo "== tests"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j2 --timeout 900

echo "== fuzz smoke (clang, libFuzzer + ASan/UBSan, ${FLEXWONEN_FUZZ_SECONDS:-20} s per target)"
fuzzbuild="${build}-fuzz"
CXX=clang++ cmake -S . -B "$fuzzbuild" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFLEXWONEN_FUZZ=ON -DFLEXWONEN_BUILD_TESTS=OFF -DFLEXWONEN_WERROR=ON
cmake --build "$fuzzbuild" --target fuzz_signature fuzz_head fuzz_batch
for target in signature head batch; do
    corpus="$fuzzbuild/corpus-$target"
    mkdir -p "$corpus"
    cp tests/fuzz/corpus/$target/* "$corpus/"
    "$fuzzbuild/bin/fuzz_$target" -max_total_time="${FLEXWONEN_FUZZ_SECONDS:-20}" \
        -max_len=300000 -rss_limit_mb=2048 "$corpus"
done
