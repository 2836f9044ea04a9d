#!/usr/bin/env bash
# packaging_deb: builds the Debian package with CPack into a scratch folder and checks it:
# the file name, the files it carries, the dependencies (computed by dpkg-shlibdeps plus the
# Qt plugins it cannot see) and lintian's verdict (no errors; warnings are printed).
# Needs the build's default target built first, as packaging_install does.
# BINARY, APP_ID and MAINTAINER are the build's brand (Trustbook's without a brand.json).
# Usage: check-deb.sh BUILD_DIR VERSION [BINARY APP_ID MAINTAINER]
set -euo pipefail

if [[ $# -ne 2 && $# -ne 5 ]]; then
    echo "usage: $0 BUILD_DIR VERSION [BINARY APP_ID MAINTAINER]" >&2
    exit 2
fi
build_dir=$1
version=$2
binary=${3:-trustbook}
app_id=${4:-org.trustbook.Trustbook}
maintainer=${5:-The Trustbook developers <security@trustbook.org>}

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
deb=$scratch/${binary}_${version}_${arch}.deb
[[ -f $deb ]] || fail "no $(basename "$deb"); cpack made: $(cd "$scratch" && ls ./*.deb 2>/dev/null)"
echo "-- $(basename "$deb")"

echo "-- dpkg-deb -c"
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in "./usr/bin/$binary" \
            "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
            "./usr/share/man/man1/$binary.1.gz" \
            "./usr/share/doc/$binary/copyright" \
            "./usr/share/doc/$binary/changelog.gz"; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path; it has:"$'\n'"$contents"
done

echo "-- dpkg-deb -f"
fields=$(dpkg-deb -f "$deb" Package Version Maintainer Section Priority Homepage Depends)
echo "$fields"
expect_field() {
    grep -q -- "$1" <<<"$fields" || fail "the control fields lack '$1'"
}
expect_field "^Package: $binary$"
expect_field "^Version: $version$"
expect_field "^Maintainer: $maintainer$"
expect_field "^Section: doc$"
expect_field "^Priority: optional$"
expect_field "^Homepage: https://"
# From dpkg-shlibdeps (what the binary links) and from the plugin list in cpack.cmake.
depends=$(sed -n 's/^Depends: //p' <<<"$fields" | tr ',' '\n' | awk '{ print $1 }')
for package in libqt6webenginecore6 libqt6webenginecore6-bin libqt6webenginewidgets6 \
               libqt6widgets6 libqt6sql6 libstdc++6 qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite \
               libqpdf29 libxlsxwriter4; do
    grep -qxF "$package" <<<"$depends" || fail "Depends lacks $package"
done

# The binary in the package is stripped (CPACK_STRIP_FILES).
dpkg-deb -x "$deb" "$scratch/root"
file_report=$(file -L "$scratch/root/usr/bin/$binary" 2>/dev/null || true)
if [[ -n $file_report && $file_report == *"not stripped"* ]]; then
    fail "usr/bin/$binary is not stripped: $file_report"
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
