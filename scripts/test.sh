#!/usr/bin/env bash
# Quick start, part two: install what is missing, build with warnings as errors, and run the
# whole test suite offscreen. CI runs exactly this (.ci/run).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/install-deps.sh"
cmake -S "$top" -B "$top/build/test" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTRUSTBOOK_WERROR=ON >/dev/null
cmake --build "$top/build/test"
# The test environment (offscreen, sandbox, runtime dir) is set per test by CTest.
ctest --test-dir "$top/build/test" --output-on-failure --parallel 2 "$@"
