#!/usr/bin/env bash
# packaging_brand: the .desktop entry, AppStream metadata, man page and Debian changelog made
# for the test brand (tests/data/branded-content/brand.json) by the build's own CMake functions,
# checked by desktop-file-validate, appstreamcli and man, and for the brand's names in each.
# Needs no build; the whole branded .deb is checked by packaging_deb in a build configured with
# TRUSTBOOK_CONTENT_DIR=tests/data/branded-content (see README, Publishing your own FAQ).
# Usage: check-brand.sh SOURCE_DIR VERSION
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 SOURCE_DIR VERSION" >&2
    exit 2
fi
source_dir=$1
version=$2

fail() {
    echo "packaging_brand: $*" >&2
    exit 1
}

for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream man:man-db; do
    command -v "${tool%%:*}" >/dev/null ||
        fail "${tool%%:*} is missing; install the Debian package ${tool#*:}"
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake -DSOURCE_DIR="$source_dir" -DCONTENT_DIR="$source_dir/tests/data/branded-content" \
      -DOUT="$out" -DPROJECT_VERSION="$version" -P "$source_dir/tests/packaging/brand-files.cmake" ||
    fail "configuring the brand's files failed"
# shellcheck source=/dev/null
. "$out/brand.env"
[[ $binary == acme-trust && $id == com.example.AcmeTrustCenter ]] ||
    fail "read the brand as binary '$binary', id '$id'"

expect() { # FILE TEXT
    grep -qF -- "$2" "$out/$1" || fail "$1 lacks '$2':"$'\n'"$(cat "$out/$1")"
}
refuse() { # FILE TEXT
    if grep -qF -- "$2" "$out/$1"; then fail "$1 still says '$2'"; fi
}

echo "-- $id.desktop"
desktop_report=$(desktop-file-validate "$out/$id.desktop" 2>&1) ||
    fail "desktop-file-validate rejects the .desktop file:"$'\n'"$desktop_report"
if grep -Eq ': (error|warning): ' <<<"$desktop_report"; then
    fail "desktop-file-validate warns:"$'\n'"$desktop_report"
fi
for line in "Name=Acme Trust Center" "Icon=$id" "Exec=$binary %u" "TryExec=$binary" \
            "StartupWMClass=$binary"; do
    expect "$id.desktop" "$line"
done

echo "-- $id.metainfo.xml"
appstreamcli validate --no-net "$out/$id.metainfo.xml" ||
    fail "appstreamcli rejects the AppStream metadata"
for line in "<id>$id</id>" "<name>Acme Trust Center</name>" "<binary>$binary</binary>" \
            "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
            "<url type=\"homepage\">https://trust.acme.example</url>" \
            "Answers from Acme's security team"; do
    expect "$id.metainfo.xml" "$line"
done
refuse "$id.metainfo.xml" "Trustbook"

echo "-- $binary.1"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$out/$binary.1" 2>&1 >/dev/null) ||
    fail "man cannot format $binary.1"
[[ -z $man_warnings ]] || fail "man warns about $binary.1:"$'\n'"$man_warnings"
page=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$out/$binary.1" 2>/dev/null | col -b)
grep -q "^NAME" <<<"$page" || fail "$binary.1 has no NAME section"
grep -q "acme-trust - read security and compliance documentation offline" <<<"$page" ||
    fail "$binary.1 does not name the command acme-trust"
grep -q "Acme Trust Center" <<<"$page" || fail "$binary.1 does not name the brand"
if grep -q "Trustbook" <<<"$page"; then fail "$binary.1 still names Trustbook"; fi

echo "-- changelog"
expect changelog "acme-trust ($version) unstable"
expect changelog " -- Acme Trust Center <trust@acme.example>"
echo "the brand's .desktop entry, AppStream metadata, man page and changelog pass"
