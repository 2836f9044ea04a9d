#!/usr/bin/env bash
# Quick start, part two: install what is missing, build with warnings as errors, and run the
# whole test suite offscreen; then build again with AddressSanitizer and UBSan and run the
# suite again (all but the packaging and translation checks). CI runs exactly this (.ci/run).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/install-deps.sh"
cd "$top"
# The test environment (offscreen, sandbox, runtime dir) is set per test by CTest.
for preset in test sanitize; do
    echo "trustbook: building and testing the '$preset' configuration"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    ctest --preset "$preset" "$@"
done
