#!/usr/bin/env bash
# Fails when lupdate, run on the app's sources exactly as `ninja trustbook_app_lupdate` runs
# it, would leave an unfinished, obsolete or vanished entry in a committed .ts file: a new
# string must be translated in the change that adds it, and a string that left the sources
# must leave the translations. lupdate works on copies; the committed files stay untouched.
#
# usage: check-complete.sh LUPDATE CMAKE GENERATE_PROJECT_SCRIPT PROJECT_CMAKE WORK_DIR TS_FILE...
set -euo pipefail

lupdate=$1 cmake=$2 generate_project=$3 project_cmake=$4 work=$5
shift 5
(($# > 0)) || { echo "no .ts files to check" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
"$cmake" -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generate_project"

copies=()
for ts in "$@"; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done

# The target's options, except -no-obsolete: here obsolete entries must stay to be seen.
if ! "$lupdate" -project "$work/project.json" -locations none -ts "${copies[@]}" \
        >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log" >&2
    exit 1
fi

status=0
for copy in "${copies[@]}"; do
    awk -v file="$(basename "$copy")" '
        /<source>/ {
            source = $0
            sub(/.*<source>/, "", source)
            sub(/<\/source>.*/, "", source)
        }
        /<translation type="(unfinished|obsolete|vanished)"/ {
            type = $0
            sub(/.*<translation type="/, "", type)
            sub(/".*/, "", type)
            printf "%s: %s: %s\n", file, type, source
            bad = 1
        }
        END { exit bad }
    ' "$copy" || status=1
done
if ((status != 0)); then
    echo "Run 'ninja trustbook_app_lupdate' and translate or remove the entries above." >&2
fi
exit "$status"
