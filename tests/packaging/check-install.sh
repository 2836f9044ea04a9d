#!/usr/bin/env bash
# packaging_install: installs a built tree into a scratch prefix and checks what lands
# there: exactly the expected files, a valid .desktop entry and AppStream metadata, and a
# binary that runs from the prefix. Needs the build's default target built first.
# Usage: check-install.sh BUILD_DIR VERSION
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR VERSION" >&2
    exit 2
fi
build_dir=$1
version=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() {
    echo "packaging_install: $*" >&2
    exit 1
}

for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    command -v "${tool%%:*}" >/dev/null ||
        fail "${tool%%:*} is missing; install the Debian package ${tool#*:}"
done

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >/dev/null ||
    fail "cmake --install failed; build the default target first (ninja -C $build_dir)"

echo "-- installed files"
if ! diff -u "$here/expected-install.txt" \
        <(cd "$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort); then
    fail "the installed files differ from tests/packaging/expected-install.txt (- expected, + installed)"
fi

echo "-- desktop-file-validate"
desktop_file=$prefix/share/applications/org.trustbook.Trustbook.desktop
desktop_report=$(desktop-file-validate "$desktop_file" 2>&1) ||
    fail "desktop-file-validate rejects the .desktop file:"$'\n'"$desktop_report"
# Hints are advice; errors and warnings are not.
if grep -Eq ': (error|warning): ' <<<"$desktop_report"; then
    fail "desktop-file-validate warns:"$'\n'"$desktop_report"
fi
[[ -z $desktop_report ]] || echo "$desktop_report"

echo "-- appstreamcli validate"
# Fails on errors and warnings; infos and pedantic notes pass.
appstreamcli validate --no-net "$prefix/share/metainfo/org.trustbook.Trustbook.metainfo.xml" ||
    fail "appstreamcli rejects the AppStream metadata"

echo "-- the installed binary"
export QT_QPA_PLATFORM=offscreen
version_output=$("$prefix/bin/trustbook" --version) || fail "the installed trustbook --version failed"
[[ $version_output == "trustbook $version" ]] ||
    fail "--version printed '$version_output', expected 'trustbook $version'"
# The content is whatever TRUSTBOOK_CONTENT_DIR held: the installed binary must list exactly
# what the one in the build tree lists.
list=$("$prefix/bin/trustbook" --list) || fail "the installed trustbook --list failed"
built_list=$("$build_dir/src/app/trustbook" --list) ||
    fail "$build_dir/src/app/trustbook --list failed"
[[ -n $list ]] || fail "the installed trustbook --list printed no sections"
[[ $list == "$built_list" ]] ||
    fail "the installed trustbook --list differs from $build_dir/src/app/trustbook --list"
sections=$(grep -c '' <<<"$list")
echo "$version_output; --list: $sections sections"
