#!/usr/bin/env bash
# A whole walk of the section tree's accessible rows before and after a change, in one run
# (see README.md here), alternating on the same machine so a shared, noisy machine weighs on
# both alike.
#   accessible_walk_compare.sh BASE_REF [ROUNDS] [RUNS]    (default 3 rounds of 5 runs)
# BASE_REF (e.g. main) is "before", exported with `git archive`; the working tree is "after".
# accessible_walk_benchmark builds its own model, so it is laid over the "before" source as
# it is in the working tree. One source folder and one tree in build/walk-compare serve both
# (BUILD_TYPE, default Release), as in switch_compare.sh. Each round runs both sides, first
# side alternating, at 1,000 and 10,000 sections; prints the medians over the rounds of each
# run's medians, with after/before ratios.
set -euo pipefail
base_ref="${1:?usage: accessible_walk_compare.sh BASE_REF [ROUNDS] [RUNS]}"
rounds="${2:-3}"
runs="${3:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
out="$source_dir/build/walk-compare"
source="$out/source"
tree="$out/tree"
started=$SECONDS
mkdir -p "$out" "$source"

build() { # side
    cmake -S "$source" -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
    ninja -j2 -C "$tree" accessible_walk_benchmark >/dev/null
    mkdir -p "$out/bin/$1"
    cp "$tree/tests/benchmarks/accessible_walk_benchmark" "$out/bin/$1/"
}
source "$here/compare_sides.sh"
lay_out_and_build "$base_ref" "$source_dir" "$source" \
    tests/benchmarks/accessible_walk_benchmark.cpp tests/benchmarks/CMakeLists.txt
echo "built in $((SECONDS - started)) s; load: $(cut -d' ' -f1-3 /proc/loadavg)"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
rm -rf "$out/runs" && mkdir -p "$out/runs"
for round in $(seq "$rounds"); do
    sides=(before after); [ $((round % 2)) -eq 0 ] && sides=(after before)
    for side in "${sides[@]}"; do
        "$out/bin/$side/accessible_walk_benchmark" --runs "$runs" >"$out/runs/$side-$round.txt"
    done
done

python3 - "$out" <<'PY'
import pathlib, statistics, sys
out = pathlib.Path(sys.argv[1])
results = {}
for side in ("before", "after"):
    for path in sorted(out.glob(f"runs/{side}-*.txt")):
        for line in path.read_text().splitlines()[1:]:
            f = line.split()
            results.setdefault((side, int(f[0])), []).append((int(f[1]), float(f[2]), float(f[5])))
print(f"{'sections':>8} {'rows':>6} {'walk':<7} {'before ms':>10} {'after ms':>10} {'after/before':>13}")
for size in sorted({size for _, size in results}):
    before, after = results[("before", size)], results[("after", size)]
    for column, label in ((1, "first"), (2, "second")):
        b = statistics.median(r[column] for r in before)
        a = statistics.median(r[column] for r in after)
        print(f"{size:>8} {before[0][0]:>6} {label:<7} {b:10.2f} {a:10.2f} {a / b:13.4f}")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); total $((SECONDS - started)) s"
