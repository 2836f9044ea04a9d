#!/usr/bin/env bash
# packaging_deb: builds the Debian package with CPack into a scratch folder and checks it:
# the file name, the files it carries, the dependencies (computed by dpkg-shlibdeps plus the
# Qt plugins it cannot see) and lintian's verdict (no errors; warnings are printed).
# Needs the build's default target built first, as packaging_install does.
# Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR VERSION" >&2
    exit 2
fi
build_dir=$1
version=$2

fail() {
    echo "packaging_deb: $*" >&2
    exit 1
}

for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev cpack:cmake; do
    command -v "${tool%%:*}" >/dev/null ||
        fail "${tool%%:*} is missing; install the Debian package ${tool#*:}"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# -B keeps CPack's staging tree and the package out of the build folder.
cpack_log=$scratch/cpack.log
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch" >"$cpack_log" 2>&1 ||
    fail "cpack -G DEB failed:"$'\n'"$(cat "$cpack_log")"

arch=$(dpkg --print-architecture)
deb=$scratch/trustbook_${version}_${arch}.deb
[[ -f $deb ]] || fail "no $(basename "$deb"); cpack made: $(cd "$scratch" && ls ./*.deb 2>/dev/null)"
echo "-- $(basename "$deb")"

echo "-- dpkg-deb -c"
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in ./usr/bin/trustbook \
            ./usr/share/applications/org.trustbook.Trustbook.desktop \
            ./usr/share/metainfo/org.trustbook.Trustbook.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.trustbook.Trustbook.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.trustbook.Trustbook.png \
            ./usr/share/man/man1/trustbook.1.gz \
            ./usr/share/doc/trustbook/copyright \
            ./usr/share/doc/trustbook/changelog.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path; it has:"$'\n'"$contents"
done

echo "-- dpkg-deb -f"
fields=$(dpkg-deb -f "$deb" Package Version Maintainer Section Priority Homepage Depends)
echo "$fields"
expect_field() {
    grep -q -- "$1" <<<"$fields" || fail "the control fields lack '$1'"
}
expect_field "^Package: trustbook$"
expect_field "^Version: $version$"
expect_field "^Maintainer: The Trustbook developers <security@trustbook.org>$"
expect_field "^Section: doc$"
expect_field "^Priority: optional$"
expect_field "^Homepage: https://"
# From dpkg-shlibdeps (what the binary links) and from the plugin list in cpack.cmake.
depends=$(sed -n 's/^Depends: //p' <<<"$fields" | tr ',' '\n' | awk '{ print $1 }')
for package in libqt6webenginecore6 libqt6webenginecore6-bin libqt6webenginewidgets6 \
               libqt6widgets6 libqt6sql6 libstdc++6 qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite \
               libqpdf29; do
    grep -qxF "$package" <<<"$depends" || fail "Depends lacks $package"
done

# The binary in the package is stripped (CPACK_STRIP_FILES).
dpkg-deb -x "$deb" "$scratch/root"
file_report=$(file -L "$scratch/root/usr/bin/trustbook" 2>/dev/null || true)
if [[ -n $file_report && $file_report == *"not stripped"* ]]; then
    fail "usr/bin/trustbook is not stripped: $file_report"
fi

echo "-- lintian"
if ! command -v lintian >/dev/null; then
    echo "packaging_deb: SKIPPED the lintian check: lintian is missing (Debian package lintian)"
    exit 0
fi
# lintian exits non-zero for warnings too, so judge its report, not its status.
report=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[[ -z $report ]] || echo "$report"
if grep -q '^E: ' <<<"$report"; then
    fail "lintian reports errors"
fi
echo "lintian: no errors"
