#!/usr/bin/env bash
# Fuzzes each target in tests/fuzz with libFuzzer (clang, ASan, UBSan) for SECONDS (default
# 600), two at a time, starting from the committed corpus. New interesting inputs collect in
# build/fuzz/corpus/<target>; a crash leaves its input in build/fuzz/findings/ - add it to
# tests/fuzz/corpus/<target>/ with the fix, so the replay test keeps it fixed.
set -euo pipefail
seconds=${1:-600}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/install-deps.sh"
command -v clang++ >/dev/null || { echo "fuzz.sh: needs clang (apt-get install clang libclang-rt-14-dev)"; exit 1; }
build="$top/build/fuzz"
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRUSTBOOK_FUZZ=ON >/dev/null
targets=(fuzz_frontmatter fuzz_scriptblockstripper fuzz_sectionsplitter fuzz_linkpolicy fuzz_csvformat
    fuzz_xlsxreader fuzz_manifestreader)
cmake --build "$build" --target "${targets[@]}"

mkdir -p "$build/findings"
run() {
    local target=$1 corpus="$build/corpus/$1"
    mkdir -p "$corpus"
    cp -n "$top/tests/fuzz/corpus/$target/"* "$corpus/"
    "$build/tests/fuzz/$target" "$corpus" -dict="$top/tests/fuzz/markdown.dict" \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/findings/$target-" -print_final_stats=1 \
        > "$build/$target.log" 2>&1 && status=ok || status=FAILED
    echo "$target: $status, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$target.log" | grep -o '[0-9]*$') runs (log: $build/$target.log)"
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    run "${targets[i]}" &
    [[ -n ${targets[i + 1]:-} ]] && run "${targets[i + 1]}" &
    wait
done
