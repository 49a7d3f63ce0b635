#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the README's mirror recipe ("How a municipality mirrors the feed") as written, against a
# real nginx on 127.0.0.1 serving a feed published from the content, and then syncs a fresh
# profile from the mirror folder. The recipe is read from README.md, so the README cannot drift
# from what works: only its three addresses are replaced (the centre's feed URL, the mirror
# folder, the trusted key).
set -euo pipefail
bin="$1"          # the flexwonen binary
source_dir="$2"   # the repository (README.md, data/content)
work=$(mktemp -d)
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-mirror: $*" >&2; exit 1; }
export FLEXWONEN_PROFILE="$work/unused-profile"

# The recipe: the first ```sh block after the heading.
recipe=$(awk '/^### How a municipality mirrors the feed/ {h=1} h && /^```sh/ {b=1; next}
              b && /^```/ {exit} b {print}' "$source_dir/README.md")
[ -n "$recipe" ] || fail "no recipe found in README.md"
grep -q '^src=' <<< "$recipe" || fail "recipe has no src= line"
grep -q '^dst=' <<< "$recipe" || fail "recipe has no dst= line"
grep -q '/etc/flexwonen/centrum.pub' <<< "$recipe" || fail "recipe names no trusted key"

# The centre: a feed key, the content, a first publication and an update with a changed title.
minisign -G -W -p "$work/feed.pub" -s "$work/feed.key" > /dev/null
cp -r "$source_dir/data/content" "$work/content"
www="$work/www"
feed="$www/flexwonen/feed"
mkdir -p "$www/flexwonen"
"$bin" publish --source "$work/content" --out "$feed" --key "$work/feed.key" > /dev/null
item=$(ls "$work/content/regions" | head -n 1)
id="${item%.md}"
sed -i '0,/"title": "/s//"title": "Gespiegeld: /' "$work/content/regions/$item"
"$bin" publish --source "$work/content" --out "$feed" --key "$work/feed.key" > /dev/null

# The centre's web server.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/tmp"
user=""
[ "$(id -u)" -eq 0 ] && user="user root;"
cat > "$work/nginx/nginx.conf" << CONF
$user
daemon off; worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;
events { worker_connections 64; }
http { access_log $work/nginx/access.log; client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp; default_type application/octet-stream; autoindex on;
  server { listen 127.0.0.1:$port; root $www;
    location = /flexwonen/feed/head.json { add_header Cache-Control no-cache; } } }
CONF
/usr/sbin/nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$port/flexwonen/feed/head.json" > /dev/null 2>&1 && break
    sleep 0.1
done

# The municipality: the recipe with its own addresses.
mirror="$work/mirror/feed"
mkdir -p "$work/mirror"
recipe=$(sed -e "s#^src=.*#src=http://127.0.0.1:$port/flexwonen/feed/#" \
             -e "s#^dst=.*#dst=$mirror#" \
             -e "s#/etc/flexwonen/centrum.pub#$work/feed.pub#g" <<< "$recipe")
( cd "$work" && PATH="$(dirname "$bin"):$PATH" bash -euo pipefail -c "$recipe" ) ||
    fail "the README's recipe failed"
[ -f "$mirror/head.json" ] || fail "the mirror has no head.json"
[ ! -e "$mirror/head.json.tmp" ] || fail "the recipe left head.json.tmp behind"
find "$mirror" -name 'index.html*' | grep -q . && fail "the mirror holds server index pages"
cmp -s "$feed/head.json" "$mirror/head.json" || fail "the mirror's head differs from the centre's"

# A workstation on the bundled base updates from the mirror folder.
profile="$work/profile"
out=$("$bin" --profile "$profile" sync --feed "$mirror" --trust "$work/feed.pub" --json)
grep -q '"status": "updated"' <<< "$out" || fail "sync from the mirror did not update: $out"
shown=$("$bin" --profile "$profile" show "$id")
grep -q "Gespiegeld:" <<< "$shown" ||
    fail "the update from the mirror is not in the knowledge base"

# A second update reaches the mirror by running the recipe again (only new files are fetched).
sed -i '0,/"title": "Gespiegeld: /s//"title": "Opnieuw gespiegeld: /' "$work/content/regions/$item"
"$bin" publish --source "$work/content" --out "$feed" --key "$work/feed.key" > /dev/null
( cd "$work" && PATH="$(dirname "$bin"):$PATH" bash -euo pipefail -c "$recipe" ) ||
    fail "the README's recipe failed the second time"
out=$("$bin" --profile "$profile" sync --feed "$mirror" --trust "$work/feed.pub" --json)
grep -q '"status": "updated"' <<< "$out" || fail "second sync did not update: $out"
shown=$("$bin" --profile "$profile" show "$id")
grep -q "Opnieuw gespiegeld:" <<< "$shown" ||
    fail "the second update from the mirror is not in the knowledge base"

# A tampered source is refused by the recipe's first check, and the mirror keeps its head.
before=$(sha256sum "$mirror/head.json")
# Publish a fourth state, then change a byte of its batch on the centre's server: the recipe must
# stop at its first check and leave the mirror as it was.
sed -i '0,/"title": "Opnieuw gespiegeld: /s//"title": "Vervalst: /' "$work/content/regions/$item"
"$bin" publish --source "$work/content" --out "$feed" --key "$work/feed.key" > /dev/null
batch=$(ls -t "$feed"/batches/*.json | head -n 1)
sed -i 's/Vervalst: /Vervalsd: /' "$batch"
if ( cd "$work" && PATH="$(dirname "$bin"):$PATH" bash -euo pipefail -c "$recipe" ) > /dev/null 2>&1; then
    fail "the recipe mirrored a tampered feed"
fi
[ "$before" = "$(sha256sum "$mirror/head.json")" ] || fail "a tampered feed changed the mirror's head"
echo "mirror recipe OK"
