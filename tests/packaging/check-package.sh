#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 18.1: the Debian package a municipality's IT installs, checked with Debian's own tools.
#  1. desktop-file-validate and appstreamcli (pedantic) on the desktop entry and the metainfo;
#     the screenshots the metainfo names are in docs/screenshots with the size it states.
#  2. A Release build in BUILD/build-package (reused between runs; ccache when present), packed
#     with cpack -G DEB, and lintian on the .deb: any E: or W: tag fails, except the allowlist.
#  3. As root only (CI): apt-get install ./flexwonen_*.deb, then the INSTALLED binary on its own
#     (no FLEXWONEN_* variables, a fresh profile): --version, info --json, a headless PDF export
#     read back with pdfinfo/pdftotext, dpkg -L; apt-get purge removes it again.
# Usage: check-package.sh SOURCE_DIR BUILD_DIR. Log: BUILD_DIR/check-package.log.
# Exits 77 (skipped) when a tool is missing or, for part 3 only, when not root (after 1 and 2).
set -uo pipefail
src=$(cd "${1:?source dir}" && pwd)
build=$(mkdir -p "${2:?build dir}" && cd "$2" && pwd)
pkgbuild=$build/build-package
log=$build/check-package.log
app_id=nl.flexwonen.kennisbank

exec > >(tee "$log") 2>&1
echo "check-package: $(date -u +%FT%TZ), source $src"

fail() {
    echo "FOUT: $*"
    exit 1
}
# Part 1's problems are told at once but fail the test at the end: the package is still built.
problems=()
problem() {
    echo "FOUT: $*"
    problems+=("$*")
}
for tool in desktop-file-validate appstreamcli lintian cpack dpkg-shlibdeps dpkg-deb \
    dpkg-parsechangelog pdfinfo pdftotext python3; do
    command -v "$tool" > /dev/null || {
        echo "SKIP: $tool ontbreekt (packaging/install-deps.sh)"
        exit 77
    }
done

echo "== 1. desktop entry and AppStream metainfo"
desktop=$src/packaging/$app_id.desktop
metainfo=$src/packaging/$app_id.metainfo.xml
# Hints count too: a desktop entry with any remark is not clean.
out=$(desktop-file-validate "$desktop" 2>&1) || problem "desktop-file-validate: $out"
[ -z "$out" ] || problem "desktop-file-validate meldt: $out"
echo "desktop-file-validate $desktop: geen meldingen"
appstreamcli validate --no-net --explain --pedantic "$metainfo" ||
    problem "appstreamcli validate (pedantic) faalt"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    problem "launchable noemt $app_id.desktop niet"
grep -qx "Icon=$app_id" "$desktop" || problem "de desktop entry noemt het icoon $app_id niet"

# Every screenshot URL's file name is a committed screenshot with the width and height stated.
python3 - "$metainfo" "$src/docs/screenshots" << 'EOF' || problem "screenshots in de metainfo"
import struct, sys, xml.etree.ElementTree as ET
from pathlib import Path
shots = ET.parse(sys.argv[1]).getroot().findall("./screenshots/screenshot/image")
if len(shots) < 2:
    sys.exit("minder dan twee screenshots")
for image in shots:
    url = image.text.strip()
    if not url.startswith("https://"):
        sys.exit(f"geen https-adres: {url}")
    png = Path(sys.argv[2]) / url.rsplit("/", 1)[1]
    data = png.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{png}: geen PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (str(width), str(height)) != (image.get("width"), image.get("height")):
        sys.exit(f"{png}: {width}x{height}, de metainfo zegt {image.get('width')}x{image.get('height')}")
    if len(data) >= 300 * 1024:
        sys.exit(f"{png}: {len(data)} bytes, meer dan 300 KB")
    print(f"screenshot {png.name}: {width}x{height}, {len(data)} bytes")
EOF

version=$(sed -n 's/^project(flexwonen VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || fail "geen versie in CMakeLists.txt"
changelog_version=$(dpkg-parsechangelog -l "$src/packaging/changelog" -S Version)
[ "$changelog_version" = "$version" ] ||
    problem "packaging/changelog staat op $changelog_version, project() op $version"
grep -q "<release version=\"$version\"" "$metainfo" || problem "de metainfo noemt release $version niet"

echo "== 2. Release build, cpack -G DEB, lintian ($pkgbuild)"
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Debian's hardening flags, as a Debian package build uses them (lintian checks the result).
# Warnings do not fail this build: the Debug build of the suite has -Werror. Without -g: CPack
# strips the binary anyway, and debug information costs a fifth of the compile time in CI.
(cd "$src" && cmake -S . -B "$pkgbuild" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DFLEXWONEN_BUILD_TESTS=OFF -DFLEXWONEN_WERROR=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(DEB_CXXFLAGS_MAINT_STRIP=-g dpkg-buildflags --get CXXFLAGS)" \
    "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)" "${launcher[@]}" > /dev/null) ||
    fail "configureren van $pkgbuild"
cmake --build "$pkgbuild" || fail "bouwen van $pkgbuild"
rm -f "$pkgbuild"/flexwonen_*.deb
(cd "$pkgbuild" && cpack -G DEB) || fail "cpack -G DEB"
debs=("$pkgbuild"/flexwonen_"$version"_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "geen flexwonen_${version}_*.deb in $pkgbuild"
echo "--- dpkg-deb --info $deb"
dpkg-deb --info "$deb"
echo "--- dpkg-deb --contents"
dpkg-deb --contents "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core libqt6widgets6 libqt6gui6 libc6; do
    [[ ",$depends," == *[\ ,]"$needed"[\ ,\(]* ]] || fail "Depends mist $needed: $depends"
done
# Permissions and owners as Debian policy wants them; no build path in the binary.
dpkg-deb --contents "$deb" | awk '
    $2 != "root/root" { print "eigenaar: " $0; bad = 1 }
    $1 ~ /^d/ && $1 != "drwxr-xr-x" { print "map: " $0; bad = 1 }
    $1 ~ /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print "programma: " $0; bad = 1 }
    $1 ~ /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print "bestand: " $0; bad = 1 }
    END { exit bad }' || fail "rechten of eigenaar in het pakket"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
if grep -c -F "$src" "$unpacked/usr/bin/flexwonen" > /dev/null; then
    fail "het programma bevat het bouwpad $src"
fi

# No tag is allowed: --pedantic, and any E: or W: fails. (An allowlist would go here, each tag with
# its reason, passed as --suppress-tags.)
echo "--- lintian $(lintian --version)"
lintian_out=$(lintian --display-info --pedantic "$deb" 2>&1)
echo "$lintian_out"
if grep -E '^[EW]: ' <<< "$lintian_out"; then
    fail "lintian meldt fouten of waarschuwingen (hierboven)"
fi
echo "lintian: geen E: of W:"

echo "== 3. install, run from the installed files, remove"
[ ${#problems[@]} -eq 0 ] || fail "deel 1: ${problems[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installeren met apt-get alleen als root (CI); delen 1 en 2 zijn geslaagd"
    exit 77
fi
export DEBIAN_FRONTEND=noninteractive
if [[ "$(dpkg-query -W -f='${Status}' flexwonen 2> /dev/null)" == *"install ok installed"* ]]; then
    echo "a flexwonen package from an earlier run is installed: purging it first"
    apt-get purge -y flexwonen || fail "apt-get purge van een oud pakket"
fi
work=$(mktemp -d)
trap 'rm -rf "$unpacked" "$work"; dpkg-query -W flexwonen > /dev/null 2>&1 && apt-get purge -y flexwonen > /dev/null 2>&1' EXIT
# Readable for apt's _apt user, so apt reads the file without a sandbox notice.
chmod 755 "$work"
{ cp "$deb" "$work/" && cd "$work"; } || fail "kopie van het pakket"
apt-get install -y "./$(basename "$deb")" || fail "apt-get install ./$(basename "$deb")"

# The installed binary alone: none of the suite's variables, a fresh home and profile.
installed() {
    env -u FLEXWONEN_BASE -u FLEXWONEN_PROFILE -u FLEXWONEN_BIN -u FLEXWONEN_SOURCE_DIR \
        -u FLEXWONEN_LANG -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
        /usr/bin/flexwonen "$@"
}
mkdir -p "$work/home"
out=$(installed --version) || fail "flexwonen --version"
echo "flexwonen --version: $out"
[ "$out" = "flexwonen $version" ] || fail "--version zegt '$out', verwacht 'flexwonen $version'"

out=$(installed --profile "$work/profiel" info --json) || fail "flexwonen info --json: $out"
echo "flexwonen info --json: $out"
python3 - "$out" << 'EOF' || fail "info --json"
import json, sys
info = json.loads(sys.argv[1])
assert info["source"] == "bundled", info["source"]
assert info["counts"]["regions"] == 8, info["counts"]
base = info["bundled_base"]
assert base in ("/usr/share/flexwonen/kb.sqlite", "/usr/bin/../share/flexwonen/kb.sqlite"), base
EOF

title=$(python3 - "$src/data/content/regions/west-brabant.md" << 'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(json.loads(text.split("---\n")[1])["title"])
EOF
)
installed --profile "$work/profiel" export --region west-brabant -o "$work/x.pdf" ||
    fail "flexwonen export --region west-brabant"
pages=$(pdfinfo "$work/x.pdf" | sed -n 's/^Pages: *//p')
echo "export: $work/x.pdf, $pages pagina's"
[ "${pages:-0}" -ge 1 ] || fail "de PDF heeft geen pagina's"
# Read whole first: grep -q stopping early would fail the pipe (pipefail) on a match.
text=$(pdftotext "$work/x.pdf" -) || fail "pdftotext"
grep -qF "$title" <<< "$text" || fail "de PDF noemt '$title' niet"
echo "pdftotext: '$title' staat in de PDF"

files=$(dpkg -L flexwonen)
for f in /usr/bin/flexwonen /usr/share/flexwonen/kb.sqlite \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/16x16/apps/$app_id.png /usr/share/icons/hicolor/512x512/apps/$app_id.png \
    /usr/share/doc/flexwonen/copyright /usr/share/doc/flexwonen/changelog.gz; do
    grep -qx "$f" <<< "$files" || fail "dpkg -L flexwonen mist $f"
done
echo "dpkg -L flexwonen: $(wc -l <<< "$files") paden, icoon, desktop entry en metainfo erbij"

apt-get remove -y flexwonen || fail "apt-get remove flexwonen"
[ ! -e /usr/bin/flexwonen ] || fail "/usr/bin/flexwonen staat er na apt-get remove nog"
# Without conffiles dpkg forgets the package at remove already; purge what may be left.
if dpkg-query -W flexwonen > /dev/null 2>&1; then
    apt-get purge -y flexwonen || fail "apt-get purge flexwonen"
fi
[[ "$(dpkg-query -W -f='${Status}' flexwonen 2> /dev/null)" != *installed* ]] ||
    fail "flexwonen is na purge nog bekend bij dpkg"
[ ! -e /usr/share/flexwonen ] || fail "/usr/share/flexwonen staat er na purge nog"
echo "check-package: OK ($deb)"
