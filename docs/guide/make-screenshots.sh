#!/bin/sh
# Makes the user guides' pictures from the running application: the test suite's tour
# (tests/ui/TestTour.cpp) signs in as each role of a fresh demo, opens every tab the role has
# and saves it, in English (<role>-<tab>.png) and in Arabic (<role>-<tab>-ar.png).
#
#   docs/guide/make-screenshots.sh [BUILD_DIR]      (default build/ci)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/ci}
out=$root/docs/guide/img
mkdir -p "$out"
cmake --build "$build" --target TestTour
status=0
for language in en ar; do
    echo "== $language"
    MIZAN_SCREENSHOTS=$out MIZAN_TOUR_LANGUAGE=$language QT_QPA_PLATFORM=offscreen \
        "$build/tests/ui/TestTour" -silent || status=1
done
ls "$out"
exit $status
