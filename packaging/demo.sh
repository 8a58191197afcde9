#!/usr/bin/env bash
# README command 1: install the dependencies, build Mizan and start the application.
# (The demo lead set, model and workspace join here as their issues land.)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
    packaging/install-deps.sh
else
    sudo packaging/install-deps.sh
fi
cmake --workflow --preset app

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo.sh: no display found; start it under a desktop session, or: xvfb-run build/default/app/mizan" >&2
    exit 1
fi
exec build/default/app/mizan "$@"
