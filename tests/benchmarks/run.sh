#!/usr/bin/env bash
# The one command for the start-up, PDF, memory, generator and section-switch benchmarks
# (see README.md here):
# builds a Release tree in build/bench, the app once per corpus (the FAQ and synthetic
# 100/1,000/10,000-section corpora), then runs measure.py, which prints the table and writes
# build/bench/benchmark-results.json. Arguments go to measure.py (e.g. --repeats 5).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="$source_dir/build/bench"
started=$SECONDS

# The baseline for the generator is Debian's cmark-gfm tool; the app needs only the library.
if ! command -v cmark-gfm >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y -o DPkg::Lock::Timeout=300 cmark-gfm
fi

configure() { # content dir
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DTRUSTBOOK_CONTENT_DIR="$1" >/dev/null
}

configure "$source_dir/resources/content"
ninja -j2 -C "$build" trustbook-gen bare_webview >/dev/null

# One build tree serves every corpus: the content is compiled into the binary, so after each
# re-configure only the pages, rcc and the link are redone, and the binary is kept per corpus
# (separate build trees would compile everything four times and break the 10-minute budget).
prepare() { # name content-dir
    local dest="$build/corpora/$1"
    rm -rf "$build/generated" "$dest"
    mkdir -p "$dest/generated/pages" "$dest/content"
    configure "$2"
    ninja -j2 -C "$build" trustbook switch_benchmark >/dev/null
    cp "$build/src/app/trustbook" "$build/tests/benchmarks/switch_benchmark" "$dest/"
    cp "$build"/generated/pages/*.html "$dest/generated/pages/"
    cp "$2"/* "$dest/content/"
}

prepare faq "$source_dir/resources/content"
# n10k: 10,000 sections with a natural vocabulary (tens of thousands of words, as real content
# has; the others draw from 60 words), which sizes the search index's tables.
for spec in s100:100:1:small s1k:1000:10:small s10k:10000:100:small n10k:10000:100:natural; do
    IFS=: read -r name sections documents vocabulary <<<"$spec"
    python3 "$here/make_corpus.py" --seed 8 --sections "$sections" --documents "$documents" \
        --vocabulary "$vocabulary" "$build/corpus-src/$name"
    prepare "$name" "$build/corpus-src/$name"
done
configure "$source_dir/resources/content" # leave the tree building the real content
echo "built in $((SECONDS - started)) s; load: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 "$here/measure.py" --out "$build" --bare "$build/tests/benchmarks/bare_webview" \
    --gen "$build/src/libexec/trustbook/trustbook-gen" --web "$source_dir/resources/web" "$@" \
    faq s100 s1k s10k n10k
echo "total $((SECONDS - started)) s"
