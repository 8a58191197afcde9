#!/usr/bin/env bash
# README command 1: install the dependencies, build Mizan, create the demo (generated leads, their
# spec and a model trained on them) and open the application on it, scored.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
    packaging/install-deps.sh
else
    sudo packaging/install-deps.sh
fi
cmake --workflow --preset app

demo="${MIZAN_DEMO_DIR:-$HOME/mizan-demo}"
build/default/app/mizan-cli demo --out "$demo" --format table | grep -E '^(leads|spec|model|rows|conversion_rate|test_metrics.roc_auc|workspace)'

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo.sh: no display found; start it in a desktop session, or: xvfb-run build/default/app/mizan --demo $demo" >&2
    exit 1
fi
exec build/default/app/mizan --demo "$demo" "$@"
