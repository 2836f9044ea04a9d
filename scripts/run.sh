#!/usr/bin/env bash
# Quick start, part one: install what is missing, build, and open Trustbook.
# Arguments are passed to the app, e.g. scripts/run.sh security-faq/is-gitpod-gdpr-compliant
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/install-deps.sh"
cmake -S "$top" -B "$top/build/app" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DTRUSTBOOK_BUILD_TESTS=OFF >/dev/null
cmake --build "$top/build/app"

# Chromium refuses to run as root with its sandbox on. Only this script turns it off, and
# only for root; the app never does.
if [[ $(id -u) -eq 0 ]]; then
    echo "trustbook: running as root, so Chromium's sandbox is off for this run (QTWEBENGINE_DISABLE_SANDBOX=1)."
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$top/build/app/src/app/trustbook" "$@"
