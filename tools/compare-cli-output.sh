#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Proves a refactor changed no output (issue 11, point 5): captures what the CLI prints for every
# type and every item, and the SQL dump of the base a build produces, so two builds can be
# compared byte for byte.
#
#   tools/compare-cli-output.sh capture OUTDIR BIN OWN_KB [READ_KB]
#       BIN: the flexwonen binary; OWN_KB: the bundled base that build produced (dumped);
#       READ_KB: the base the verbs read (default OWN_KB; give the same file to both builds so
#       only the code differs).
#   tools/compare-cli-output.sh diff BEFOREDIR AFTERDIR
#
# Example:
#   tools/compare-cli-output.sh capture /tmp/before /work/main/build/bin/flexwonen \
#       /work/main/build/share/flexwonen/kb.sqlite
#   tools/compare-cli-output.sh capture /tmp/after build/bin/flexwonen build/share/flexwonen/kb.sqlite \
#       /work/main/build/share/flexwonen/kb.sqlite
#   tools/compare-cli-output.sh diff /tmp/before /tmp/after
set -eu

capture()
{
    out=$1 bin=$2 own=$3 read=${4:-$3}
    rm -rf "$out"
    mkdir -p "$out/show" "$out/list" "$out/search"
    # A fixed folder, so the paths info prints are the same for both builds (so: one capture at
    # a time).
    profile=/tmp/flexwonen-compare
    rm -rf "$profile"
    mkdir -p "$profile"
    cp "$read" "$profile/read.sqlite"
    kb="$profile/read.sqlite"
    run() { FLEXWONEN_PROFILE="$profile/p" "$bin" --kb "$kb" "$@"; }
    # Keeps stdout, stderr and the exit code of a run that may fail.
    keep() {
        file=$1
        shift
        set +e
        run "$@" >"$file.out" 2>"$file.err"
        echo $? >"$file.rc"
        set -e
    }

    keep "$out/info" info
    keep "$out/info-json" info --json
    # The bundled base is the build's own: its path is the one line allowed to differ.
    sed -i 's|"bundled_base": ".*"|"bundled_base": "BUILD"|' "$out/info-json.out"
    keep "$out/list/unknown-type" list region
    types="regions dossiers pilots documents events organisations faq news pages"
    for t in $types; do
        keep "$out/list/$t" list "$t"
        keep "$out/list/$t-json" list "$t" --json
    done
    for t in $types region pilot event news page onbekend; do
        keep "$out/search/type-$t" search --json --limit 50 --type "$t" woning
    done
    # Untyped queries: one word, a prefix, several words, a phrase, no hit; plain and --json.
    n=0
    for q in woning huisvest "registratie gemeente" '"short stay"' arbeidsmigrant xyzzyq; do
        n=$((n + 1))
        keep "$out/search/q$n" search --limit 50 "$q"
        keep "$out/search/q$n-json" search --json --limit 50 "$q"
    done
    keep "$out/search/region" search --json --region west-brabant woning
    keep "$out/search/year" search --json --year 2023 woning
    keep "$out/show/unknown-item" show bestaat-niet
    ids=$(for t in $types; do run list "$t"; done | cut -f1 | sort)
    for id in $ids; do
        keep "$out/show/$id" show "$id"
        keep "$out/show/$id-json" show "$id" --json
    done
    echo "$ids" | wc -l >"$out/item-count"
    # Reports print item fields too: their text (the PDF bytes carry a timestamp).
    mkdir -p "$out/report"
    report() {
        name=$1
        shift
        keep "$out/report/$name" export-pdf "$@" -o "$profile/$name.pdf"
        if [ -f "$profile/$name.pdf" ]; then
            pdftotext -layout "$profile/$name.pdf" "$out/report/$name.txt"
            rm -f "$profile/$name.pdf"
        fi
    }
    for id in $(run list regions | cut -f1); do report "region-$id" --region "$id"; done
    for id in $(run list dossiers | cut -f1); do report "dossier-$id" --dossier "$id"; done
    report pilots --pilot alle
    report search --search woning
    report search-typed --search woning --type pilots
    report search-typed-singular --search woning --type pilot
    report search-typed-unknown --search woning --type fietsen
    report items --items "$(echo "$ids" | head -40 | paste -sd,)"
    # The dump needs no tokenizer: it reads the FTS shadow tables, not the virtual table.
    sqlite3 "$own" .dump >"$out/kb.dump"
    rm -rf "$profile"
    echo "captured $(cat "$out/item-count") items, $(find "$out" -type f | wc -l) files in $out"
}

case "${1:-}" in
capture)
    shift
    capture "$@"
    ;;
diff)
    total=$(find "$2" -type f | wc -l)
    differing=$(diff -rq "$2" "$3" | wc -l || true)
    echo "$differing differing files out of $total ($(cat "$2/item-count") items)"
    if [ "$differing" -ne 0 ]; then
        diff -r "$2" "$3" | head -50
        exit 1
    fi
    ;;
*)
    sed -n '2,18p' "$0"
    exit 64
    ;;
esac
