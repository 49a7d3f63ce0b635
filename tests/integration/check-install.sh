#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the build into a temporary prefix and checks that the installed binary finds its
# bundled knowledge base, without any help from the build tree or the environment.
set -euo pipefail
trap 'echo "install_tree: step at line $LINENO failed" >&2' ERR
build="$1"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
test -f "$prefix/share/flexwonen/kb.sqlite"
test -f "$prefix/share/applications/nl.flexwonen.kennisbank.desktop"
test -f "$prefix/share/metainfo/nl.flexwonen.kennisbank.metainfo.xml"
test -f "$prefix/share/icons/hicolor/scalable/apps/nl.flexwonen.kennisbank.svg"
for size in 16 24 32 48 64 128 256 512; do
  test -f "$prefix/share/icons/hicolor/${size}x${size}/apps/nl.flexwonen.kennisbank.png"
done
test -f "$prefix/share/doc/flexwonen/changelog.gz"
test -f "$prefix/share/doc/flexwonen/copyright"
# The man pages (issue 18.4): one per verb and the program's, gzipped.
test -f "$prefix/share/man/man1/flexwonen.1.gz"
test -f "$prefix/share/man/man1/flexwonen-export.1.gz"
out=$(env -u FLEXWONEN_BASE -u FLEXWONEN_PROFILE "$prefix/bin/flexwonen" --profile "$prefix/profile" info --json)
grep -q '"source": "bundled"' <<< "$out"
grep -q '"regions": 8' <<< "$out"
# (Here-strings, not echo | grep -q: grep stops early and pipefail would count echo's SIGPIPE.)
grep -q "\"bundled_base\": \"$prefix/bin/../share/flexwonen/kb.sqlite\"" <<< "$out" ||
  grep -q "\"bundled_base\": \"$prefix/share/flexwonen/kb.sqlite\"" <<< "$out"
env -u FLEXWONEN_BASE "$prefix/bin/flexwonen" --profile "$prefix/profile" show west-brabant > /dev/null
echo "installed tree OK: $prefix"
