#!/usr/bin/env bash
# The long crash drill, for people (CI runs TestCrashSafety with 200 kills each while writing,
# backing up and restoring): 1,000 SIGKILLs of a process writing leads and audit entries, 200 during
# backups and 200 during restores, each followed by open, integrity_check, audit verification
# and the check that no acknowledged write is lost. Takes about 20 minutes (17.5 on 2 cores).
#   tests/tools/crash-drill.sh [BUILD_DIR]        (default: build/ci, built with TestCrashSafety)
# Environment: MIZAN_CRASH_SEED=N repeats a run's kill moments (the seed is printed first);
# MIZAN_CRASH_ITERATIONS, MIZAN_CRASH_BACKUP_ITERATIONS, MIZAN_CRASH_RESTORE_ITERATIONS override
# the counts. The full log goes to crash-drill-<time>.log in the current folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build/ci}"
test_bin="$build/tests/TestCrashSafety"
if [ ! -x "$test_bin" ]; then
    echo "crash-drill: $test_bin not found; build it first:" >&2
    echo "  cmake --build $build --target TestCrashSafety CrashWriter" >&2
    exit 2
fi
export MIZAN_CRASH_ITERATIONS="${MIZAN_CRASH_ITERATIONS:-1000}"
export MIZAN_CRASH_BACKUP_ITERATIONS="${MIZAN_CRASH_BACKUP_ITERATIONS:-200}"
export MIZAN_CRASH_RESTORE_ITERATIONS="${MIZAN_CRASH_RESTORE_ITERATIONS:-200}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
# QTest stops a test function after 5 minutes by default; the drill's take longer.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-7200000}"
log="crash-drill-$(date +%Y%m%d-%H%M%S).log"
echo "crash-drill: $MIZAN_CRASH_ITERATIONS write kills, $MIZAN_CRASH_BACKUP_ITERATIONS backup" \
     "kills, $MIZAN_CRASH_RESTORE_ITERATIONS restore kills; log in $log"
start=$(date +%s)
set +e
"$test_bin" >"$log" 2>&1 &
pid=$!
# The seed, every 100th iteration, the summaries and the verdicts as they come.
tail --pid="$pid" -n +1 -f "$log" \
    | grep --line-buffered -E 'crash seed|iteration [0-9]*00 |\) (writes|backup|restore): |^(PASS|FAIL|SKIP|Totals)|^   Loc:'
wait "$pid"
status=$?
set -e
echo "crash-drill: $(( $(date +%s) - start )) s, exit $status (failures, with their seed and" \
     "kill moment, are in $log)"
exit "$status"
