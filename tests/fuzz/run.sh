#!/bin/sh
# Builds the libFuzzer targets (clang-19, ASan + UBSan, the whole of mizan_core instrumented) in
# build/fuzz and runs each for SECONDS (default 60) on its corpus.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]   e.g. tests/fuzz/run.sh 10
#                                             tests/fuzz/run.sh 3600 FuzzEvidencePack
#
# Seeds and regression inputs: tests/fuzz/corpus/<target>/ (read only here; every build replays
# them as the CTest tests <target>Replay). New interesting inputs go
# to build/fuzz/corpus/<target>/, crashes, leaks and timeouts to build/fuzz/artifacts/. A crash
# is fixed at its root, and its input copied into tests/fuzz/corpus/<target>/ as a regression input.
# Needs clang-19 and libclang-rt-19-dev (Debian 12: apt-get install clang-19 libclang-rt-19-dev).
# Environment: JOBS (build jobs, default 1), MIZAN_FUZZ_BUILD (a build folder configured with
# MIZAN_FUZZ=ON, e.g. build/sanitize from the sanitize preset, which .ci/run uses).
set -eu

seconds=${1:-60}
[ $# -gt 0 ] && shift
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$fuzz/../.." && pwd)
build=${MIZAN_FUZZ_BUILD:-$root/build/fuzz}
targets=${*:-$(sed -n '/^set(MIZAN_FUZZ_TARGETS/,/^)/{/^  Fuzz/p}' "$fuzz/CMakeLists.txt")}

export CCACHE_BASEDIR="$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$build" -G Ninja -DMIZAN_FUZZ=ON \
        -DMIZAN_BUILD_UI=OFF -DMIZAN_BUILD_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# shellcheck disable=SC2086 # one argument per target
cmake --build "$build" -j "${JOBS:-1}" --target $targets

status=0
summary=""
for target in $targets; do
    work="$build/corpus/$target"
    mkdir -p "$work" "$build/artifacts"
    dict="$fuzz/$target.dict"
    log="$build/$target.log"
    set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-"
    [ -f "$dict" ] && set -- "$@" -dict="$dict"
    echo "== $target: $seconds s (log: $log)"
    # ASan's leak check stays on: a leak is a finding like a crash.
    if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-19 ||
            command -v llvm-symbolizer || true)} \
        "$build/tests/fuzz/$target" "$@" "$work" "$fuzz/corpus/$target" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and $build/artifacts/)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    line="$target: ${runs:-?} runs in $seconds s, ${speed:-?} exec/s, $cov, $result"
    echo "$line"
    summary="$summary$line
"
done
echo
printf '%s' "$summary"
exit $status
