# Sourced by the *_compare.sh scripts here: lays out the "before" source (BASE_REF, exported with
# `git archive`, nothing checked out) and then the "after" source (the working tree) in one
# folder, and calls the script's own `build SIDE` after each.
#   lay_out_and_build BASE_REF SOURCE_DIR SOURCE [FILE...]
# FILE... (paths in the working tree) are laid over "before" too: a benchmark newer than
# BASE_REF. Files keep their times (git archive: the commit's; cp -p: the working tree's) but
# for those that differ between the sides, touched as each side is laid out, so ninja rebuilds
# exactly what the change touched, in both directions.
lay_out_and_build() {
    local base_ref=$1 source_dir=$2 source=$3
    shift 3
    local changed
    mapfile -t changed < <(git -C "$source_dir" diff --name-only "$base_ref" -- &&
        git -C "$source_dir" ls-files --others --exclude-standard)
    git -C "$source_dir" archive "$base_ref" | tar -x -C "$source"
    if [ $# -gt 0 ]; then
        (cd "$source_dir" && cp -p --parents -t "$source" "$@")
    fi
    (cd "$source" && touch -c -- "${changed[@]}")
    build before
    git -C "$source_dir" ls-files -z --cached --others --exclude-standard |
        (cd "$source_dir" && xargs -0 cp -p --parents -t "$source")
    (cd "$source" && touch -c -- "${changed[@]}")
    build after
}
