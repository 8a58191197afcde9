#!/usr/bin/env bash
# Builds the Debian package of Mizan from the release preset (optimised, hardened, no tests or
# benchmarks) and prints the path of the .deb on the last line of standard output.
#   usage: packaging/build-deb.sh            (after packaging/install-deps.sh)
#   JOBS=N packaging/build-deb.sh            build with N parallel jobs (default: all cores)
# Then: packaging/check-hardening.sh build/release/app/mizan build/release/app/mizan-cli
#       sudo apt-get install ./build/release/mizan_*.deb
#       sudo packaging/test-deb-in-debootstrap.sh build/release/mizan_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cmake ninja cpack dpkg-shlibdeps gzip; do
    if ! command -v "$tool" >/dev/null; then
        echo "build-deb.sh: $tool not found; run packaging/install-deps.sh first" >&2
        exit 1
    fi
done

build=build/release
# The package installs under /usr (CPACK_PACKAGING_INSTALL_PREFIX); the same prefix here keeps
# 'cmake --install' and the package in agreement.
cmake --preset release \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DMIZAN_BUILD_TESTS=OFF \
    -DMIZAN_BUILD_BENCHMARKS=OFF
cmake --build "$build" ${JOBS:+--parallel "$JOBS"}
packaging/check-hardening.sh "$build/app/mizan" "$build/app/mizan-cli"

# cpack writes the .deb into the build folder (CPackConfig.cmake is there).
rm -f "$build"/mizan_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/mizan_*.deb)
if [ ! -f "${debs[0]}" ]; then
    echo "build-deb.sh: cpack made no mizan_*.deb in $build" >&2
    exit 1
fi
dpkg-deb --info "${debs[0]}" | sed -n '/Package:/,$p'
realpath "${debs[0]}"
