#!/usr/bin/env bash
# Installs exactly the Debian 12 packages Mizan needs to build, test and run.
# Non-interactive, waits for the apt lock, safe to run again (idempotent).
#   usage: packaging/install-deps.sh [--ci | --dev]
#   --ci   also what .ci/run's later stages need: clang-19 with its sanitizer and libFuzzer
#          runtimes and llvm-symbolizer (the sanitize stage), desktop-file-utils and appstream
#          (the package stage validates the .desktop file and the AppStream metainfo), man-db.
#   --dev  all of --ci, and the developer tools: clang-tidy-19, Xvfb + ImageMagick for
#          screenshots, poppler-utils to look at the PDFs, debootstrap for
#          packaging/test-deb-in-debootstrap.sh.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run as root (or with sudo)" >&2
    exit 1
fi

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git file
    # Qt 6.4: Core, Gui, Widgets, Concurrent, Svg, PrintSupport, Charts, Test, LinguistTools
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev
    # an Arabic-capable font (Noto Naskh/Kufi/Sans Arabic), so that Arabic never falls back to boxes
    fonts-noto-core
    # model, storage, crypto
    libxgboost-dev xgboost libsqlcipher-dev libssl-dev libargon2-dev
    # formatting gate
    clang-format-19
    # the audit evidence pack's own verifier (python3 standard library + openssl), run by tests
    python3 openssl
)
case "${1:-}" in
--ci)
    packages+=(clang-19 libclang-rt-19-dev llvm-19 desktop-file-utils appstream man-db) ;;
--dev)
    packages+=(clang-19 libclang-rt-19-dev llvm-19 desktop-file-utils appstream man-db
        clang-tidy-19 xvfb x11-apps imagemagick poppler-utils debootstrap) ;;
"") ;;
*)
    echo "usage: $0 [--ci | --dev]" >&2
    exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps.sh: all ${#packages[@]} packages already installed"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
echo "install-deps.sh: installing ${missing[*]}"
apt-get "${apt_opts[@]}" update -qq
apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends "${missing[@]}"
