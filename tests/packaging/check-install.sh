#!/usr/bin/env bash
# packaging_install: installs a built tree into a scratch prefix and checks what lands
# there: exactly the expected files, a valid .desktop entry and AppStream metadata, and a
# binary that runs from the prefix. Needs the build's default target built first.
# BINARY and APP_ID are the build's brand (brand.json beside the content; trustbook and
# org.trustbook.Trustbook without one): expected-install.txt is Trustbook's list, renamed.
# Usage: check-install.sh BUILD_DIR VERSION [BINARY APP_ID]
set -euo pipefail

if [[ $# -ne 2 && $# -ne 4 ]]; then
    echo "usage: $0 BUILD_DIR VERSION [BINARY APP_ID]" >&2
    exit 2
fi
build_dir=$1
version=$2
binary=${3:-trustbook}
app_id=${4:-org.trustbook.Trustbook}
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
expected=$(sed -e "s|org\.trustbook\.Trustbook|$app_id|" -e "s|^bin/trustbook$|bin/$binary|" \
               -e "s|/doc/trustbook/|/doc/$binary/|" -e "s|/trustbook\.1\.gz$|/$binary.1.gz|" \
               "$here/expected-install.txt")
if ! diff -u <(echo "$expected") \
        <(cd "$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort); then
    fail "the installed files differ from tests/packaging/expected-install.txt (- expected, + installed)"
fi

echo "-- desktop-file-validate"
desktop_file=$prefix/share/applications/$app_id.desktop
desktop_report=$(desktop-file-validate "$desktop_file" 2>&1) ||
    fail "desktop-file-validate rejects the .desktop file:"$'\n'"$desktop_report"
# Hints are advice; errors and warnings are not.
if grep -Eq ': (error|warning): ' <<<"$desktop_report"; then
    fail "desktop-file-validate warns:"$'\n'"$desktop_report"
fi
[[ -z $desktop_report ]] || echo "$desktop_report"

echo "-- appstreamcli validate"
# Fails on errors and warnings; infos and pedantic notes pass.
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli rejects the AppStream metadata"

echo "-- the installed binary"
export QT_QPA_PLATFORM=offscreen
version_output=$("$prefix/bin/$binary" --version) || fail "the installed $binary --version failed"
[[ $version_output == "$binary $version" ]] ||
    fail "--version printed '$version_output', expected '$binary $version'"
# The content is whatever TRUSTBOOK_CONTENT_DIR held: the installed binary must list exactly
# what the one in the build tree lists.
list=$("$prefix/bin/$binary" --list) || fail "the installed $binary --list failed"
built_list=$("$build_dir/src/app/$binary" --list) ||
    fail "$build_dir/src/app/$binary --list failed"
[[ -n $list ]] || fail "the installed $binary --list printed no sections"
[[ $list == "$built_list" ]] ||
    fail "the installed $binary --list differs from $build_dir/src/app/$binary --list"
sections=$(grep -c '' <<<"$list")
echo "$version_output; --list: $sections sections"
