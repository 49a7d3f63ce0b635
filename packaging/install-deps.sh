#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the Debian 12 packages needed to build, run and test Flexwonen Kennisbank.
# Uses sudo when not run as root. Safe to run again.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6svg6
  # printing and print preview render the report's PDF (libqt6pdf6 at run time)
  qt6-pdf-dev libqt6pdf6
  libsqlite3-dev sqlite3 libstemmer-dev libsodium-dev zlib1g-dev
  # ODT reports: the zip container (libzip4 at run time)
  libzip-dev
  # the tagged PDF reports: layout, PDF with tags, post-processing
  libcairo2-dev libpango1.0-dev libqpdf-dev
  # fonts the window and the PDF reports use
  fonts-dejavu-core fonts-dejavu-extra
  # tests: offscreen/X screenshots, PDF checks, signed feed, local HTTP server, fuzzing, benchmarks
  xvfb xauth xdotool x11-utils imagemagick poppler-utils qpdf minisign nginx-light openssl clang libclang-rt-14-dev libbenchmark-dev
  # tests: ODT files read back by tools that are not ours
  unzip odt2txt
  # tests: the accessible tree read by a real AT-SPI client, as the Orca screen reader does
  at-spi2-core python3-pyatspi dbus
  # tests: the agenda's iCalendar files read by a parser that is not ours
  python3-icalendar
  # tests: the README's mirror recipe for a municipality, run as written
  wget rsync curl
  # tests: publiccode.yml and the Flatpak/Windows definitions read as YAML; the DEP-5 copyright
  # file read by Debian's own parser
  python3-yaml python3-debian
  # tests: the man pages rendered and indexed by the tools that read them; atom.xml read by a
  # feed parser that is not ours
  man-db groff-base python3-feedparser
  # the Debian package: icon sizes drawn at build time, CPack DEB (dpkg-shlibdeps, file), Debian's
  # validators (tests/packaging), the screenshots (tools/make-screenshots.sh)
  librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream ccache
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all packages present"
fi
