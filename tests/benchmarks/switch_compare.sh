#!/usr/bin/env bash
# Section switches before and after a change, in one run (see README.md here): the part of
# run.sh that times switch_benchmark, for two versions of the source, alternating on the same
# machine so that a shared, noisy machine weighs on both alike.
#   switch_compare.sh BASE_REF [ROUNDS]     (default 3 rounds)
# BASE_REF (e.g. main) is "before", exported with `git archive` (nothing checked out); the
# working tree is "after". One source folder and one Release tree in build/switch-compare
# serve both (the after side only recompiles what the change touched), on the synthetic
# 1,000- and 10,000-section corpora of run.sh (make_corpus.py --seed 8); switch_benchmark
# --no-pdf each, then medians over the rounds of each run's p50 and p99, with after/before
# ratios, also written to build/switch-compare/switch-compare.json.
set -euo pipefail
base_ref="${1:?usage: switch_compare.sh BASE_REF [ROUNDS]}"
rounds="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
out="$source_dir/build/switch-compare"
source="${SWITCH_COMPARE_SOURCE:-$out/source}"
tree="${SWITCH_COMPARE_TREE:-$out/tree}"
started=$SECONDS
mkdir -p "$out" "$source"

corpora=(s1k:1000:10 s10k:10000:100)
for spec in "${corpora[@]}"; do
    IFS=: read -r name sections documents <<<"$spec"
    [ -d "$out/corpus-src/$name" ] ||
        python3 "$here/make_corpus.py" --seed 8 --sections "$sections" --documents "$documents" \
            "$out/corpus-src/$name"
done

build() { # side
    for spec in "${corpora[@]}"; do
        IFS=: read -r name _ _ <<<"$spec"
        rm -rf "$tree/generated"
        cmake -S "$source" -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DTRUSTBOOK_CONTENT_DIR="$out/corpus-src/$name" >/dev/null
        ninja -j2 -C "$tree" switch_benchmark >/dev/null
        mkdir -p "$out/bin/$1-$name"
        cp "$tree/tests/benchmarks/switch_benchmark" "$out/bin/$1-$name/"
    done
}
source "$here/compare_sides.sh"
lay_out_and_build "$base_ref" "$source_dir" "$source"
echo "built in $((SECONDS - started)) s; load: $(cut -d' ' -f1-3 /proc/loadavg)"

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
    QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu QT_LOGGING_RULES=qt.webenginecontext.info=false \
    XDG_RUNTIME_DIR="$out/tmp/xdg-runtime" XDG_CONFIG_HOME="$out/tmp/config" \
    XDG_CACHE_HOME="$out/tmp/cache" LC_ALL=C.UTF-8
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
rm -rf "$out/runs" && mkdir -p "$out/runs"
for round in $(seq "$rounds"); do
    # Alternate which side goes first, so a drift in load does not favour one.
    sides=(before after); [ $((round % 2)) -eq 0 ] && sides=(after before)
    for spec in "${corpora[@]}"; do
        IFS=: read -r name _ _ <<<"$spec"
        for side in "${sides[@]}"; do
            "$out/bin/$side-$name/switch_benchmark" --no-pdf \
                --json "$out/runs/$side-$name-$round.json" >/dev/null \
                2>"$out/runs/$side-$name-$round.log" # one line per switch
        done
    done
done

python3 - "$out" "${corpora[@]}" <<'PY'
import json, pathlib, statistics, sys
out = pathlib.Path(sys.argv[1])
rows, report = [
    ("switch across documents (load): in view", "latency"),
    ("switch across documents (load): painted", "latency"),
    ("switch within a document (fragment): in view", "latency"),
    ("start-up: MainWindow constructor", "elapsed"),
    ("start-up: show to first loadFinished", "elapsed"),
    ("switch sweep", "stalls"),
], {}
print(f"{'corpus':<6} {'measure':<48} {'before':>14} {'after':>14} {'after/before':>13}")
for spec in sys.argv[2:]:
    name = spec.split(":")[0]
    runs = {side: [json.loads(p.read_text()) for p in sorted(out.glob(f"runs/{side}-{name}-*.json"))]
            for side in ("before", "after")}
    for row, kind in rows:
        keys = ["p50_ms", "p99_ms"] if kind == "latency" else ["worst_ms" if kind == "stalls" else "ms"]
        for key in keys:
            med = {side: statistics.median(r[kind][row][key] for r in runs[side])
                   for side in runs}
            label = f"{row} {key}"
            report.setdefault(name, {})[label] = med
            print(f"{name:<6} {label:<48} {med['before']:14.1f} {med['after']:14.1f} "
                  f"{med['after'] / med['before']:13.2f}")
(out / "switch-compare.json").write_text(json.dumps(report, indent=1))
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); total $((SECONDS - started)) s"
