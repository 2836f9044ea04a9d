#!/usr/bin/env bash
# Fails when a library under src/ includes a header of a library it must not depend on, or
# when the app binary carries a markdown or YAML symbol or links a library it loads only on
# use (qpdf, libxlsxwriter, libcrypto). Dependencies run one way:
#
#   content            the run-time model (QtCore only)
#   authoring          markdown + front matter -> blocks (cmark-gfm, yaml-cpp); -> content
#                         only for result.h
#   search             -> content
#   questionnaire      -> content, only for result.h
#   generator          -> authoring, content, search
#   viewer             -> content
#   qpdf               -> viewer (only the QpdfTools interface and the types it passes),
#                         content (result.h); a module the viewer loads at run time, never
#                         linked into a program
#   app                -> content, search, questionnaire, viewer, generator (--preview drives
#                         the build's generator, whose markdown is parsed in trustbook-gen's
#                         child processes: the binary check below still holds)
#
# result.h lives in content: Result is the shared vocabulary type every library returns its
# errors in, so a library that needs nothing else of content may still include it.
#
# Each `#include "x.h"` is looked up among the headers of src/*/; a header of the including
# folder itself, a generated one (ui_*.h, *_autogen) or a system one is always fine.
#
# usage: check-layering.sh SOURCE_DIR [APP_BINARY]
set -euo pipefail

src=$1/src
binary=${2:-}

declare -A allowed=(
    [content]=""
    [authoring]="content" # result.h, the shared vocabulary type, not the content model
    [search]="content"
    [questionnaire]="content" # result.h, the shared vocabulary type, not the content model
    [generator]="authoring content search"
    [viewer]="content"
    [qpdf]="viewer content" # the QpdfTools interface it implements, and result.h
    [app]="content search questionnaire viewer generator"
)

declare -A owner
for dir in "$src"/*/; do
    library=$(basename "$dir")
    [[ -v allowed[$library] ]] || { echo "$dir: a library the layering check does not know; add it to allowed" >&2; exit 1; }
    for header in "$dir"*.h; do
        [[ -e $header ]] && owner[$(basename "$header")]=$library
    done
done

status=0
for dir in "$src"/*/; do
    library=$(basename "$dir")
    while IFS=: read -r file line include; do
        [[ $include =~ \#include\ \"([^\"]+)\" ]] || continue
        header=${BASH_REMATCH[1]}
        target=${owner[$header]:-}
        [[ -z $target || $target == "$library" ]] && continue
        if [[ " ${allowed[$library]} " != *" $target "* ]]; then
            echo "$file:$line: src/$library must not include $header (src/$target)" >&2
            status=1
        fi
    done < <(grep -Hn '#include "' "$dir"*.h "$dir"*.cpp 2>/dev/null || true)
done

if [[ -n $binary ]]; then
    symbols=$(nm -C "$binary" | grep -Ei 'cmark|YAML::' | head -5 || true)
    if [[ -n $symbols ]]; then
        echo "$binary: the app parses no markdown or YAML, yet carries:" >&2
        echo "$symbols" >&2
        status=1
    fi
    # Loaded only when used, so that no start pays for them: qpdf (and its ten libraries) to
    # finish or read a PDF (QpdfToolsLoader), libxlsxwriter (and libcrypto, which it needs) to
    # write xlsx (XlsxWriterApi).
    needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    for library in libqpdf libxlsxwriter libcrypto; do
        if grep -q "^$library\." <<<"$needed"; then
            echo "$binary: links $library, which must be loaded only when used" >&2
            status=1
        fi
    done
fi
exit $status
