#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Issue 18.5: the code stays portable. Lists every #include of a POSIX-only header in app/, ui/
# and tests/ and fails (printing file:line) unless
#   - the file is on the GUARDED list below AND the include sits inside an
#     #if defined(Q_OS_UNIX) / Q_OS_LINUX / __unix__ / _POSIX_VERSION / !defined(Q_OS_WIN) branch
#     AND the file has an #else/#elif alternative to such a branch (checked here, not trusted), or
#   - the file is a test on the POSIX_ONLY list below, with its reason, AND every ctest name it
#     builds is excluded from the Windows workflow's ctest run (.github/workflows/windows.yml).
# Standard C/C++ headers (<csignal>, <signal.h>, <cstdio>, <ctime>, …) are not POSIX-only.
# Direct calls (::open, fsync, getuid, …) need one of these headers, so the includes find them.
# Usage: check-posix-headers.sh SOURCE_DIR        (exit 0 good, 1 offenders)
set -euo pipefail
src=${1:?usage: check-posix-headers.sh SOURCE_DIR}
cd "$src"

# Headers only POSIX systems have (matched after "#include <").
posix='(unistd|fcntl|dirent|pwd|grp|termios|dlfcn|poll|spawn|glob|fnmatch|libgen|syslog|netdb|pthread|semaphore|sched|utime|wordexp|strings|langinfo|err|ifaddrs|regex|ftw|utmp|utmpx|mqueue|aio|pty|sys/[A-Za-z0-9_/]+|netinet/[A-Za-z0-9_]+|arpa/[A-Za-z0-9_]+|net/[A-Za-z0-9_]+|linux/[A-Za-z0-9_/]+)\.h'

# Files whose POSIX includes are guarded, each with its alternative (verified below).
GUARDED=(
  app/cli/secretprompt.cpp          # echo off for a password: termios, else the Windows console API
  app/sync/transport.cpp            # a folder feed opened without blocking on a FIFO, else QFileInfo
  tests/integration/testservers.cpp # nginx as root needs "user root", else no user line
  tests/unit/tst_cli.cpp            # a FIFO as the never-opened -stylesheet, else QSKIP
  tests/unit/tst_profilestores.cpp  # root sees no read-only folder, else QSKIP
)
# POSIX-only tests: path|ctest names (space-separated)|why. windows.yml must exclude them.
POSIX_ONLY=(
  "tests/integration/tst_feedsync.cpp|tst_feedsync|serves the feed from the Debian nginx; FIFOs and /dev/zero as bad feed files"
  "tests/integration/tst_fulldisk.cpp|tst_fulldisk|mounts a tiny tmpfs (root, Linux) to fill the disk"
  "tests/integration/tst_reportsafety.cpp|tst_reportsafety|setrlimit caps the address space; a FIFO as input"
  "tests/bench/searchbench.cpp|searchbench_smoke|getrusage for the peak memory"
)
workflow=.github/workflows/windows.yml

fail=0
guard_check() { # file -> prints "line<TAB>reason" for each include not inside a guarded branch
  awk -v pat="^[ \t]*#[ \t]*include[ \t]*<$posix>" '
    function unixish(c) {
      if (c ~ /!/ && c ~ /Q_OS_WIN|_WIN32/) return 1
      return c ~ /Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN|__unix__|__linux__|_POSIX_VERSION|__APPLE__/ && c !~ /!/
    }
    /^[ \t]*#[ \t]*ifn?def[ \t]/ || /^[ \t]*#[ \t]*if[ \t(]/ {
      cond = $0
      if ($0 ~ /#[ \t]*ifndef/) cond = "!" cond
      depth++; kind[depth] = unixish(cond); branch[depth] = kind[depth]; next
    }
    /^[ \t]*#[ \t]*elif/ { if (kind[depth]) alt = 1; branch[depth] = unixish($0); next }
    /^[ \t]*#[ \t]*else/ { if (kind[depth]) alt = 1; branch[depth] = 0; next }
    /^[ \t]*#[ \t]*endif/ { depth--; next }
    $0 ~ pat {
      inside = 0
      for (d = 1; d <= depth; d++) if (branch[d]) inside = 1
      if (!inside) bad[NR] = "not inside a Q_OS_UNIX/Q_OS_LINUX/POSIX branch"
      else uses[NR] = 1
    }
    END {
      for (n in bad) printf "%d\t%s\n", n, bad[n]
      if (!alt) for (n in uses) printf "%d\t%s\n", n, "guarded, but the file has no #else/#elif alternative"
    }' "$1"
}

declare -A guarded=() posix_only=()
for f in "${GUARDED[@]}"; do guarded[$f]=1; done
for entry in "${POSIX_ONLY[@]}"; do posix_only[${entry%%|*}]=$entry; done

declare -A offending=()
while IFS=: read -r file line text; do
  offending[$file]=1
  if [[ -n ${guarded[$file]:-} ]]; then
    continue # checked as a whole below
  elif [[ -n ${posix_only[$file]:-} ]]; then
    continue
  fi
  echo "$file:$line: POSIX-only header outside a guarded file: ${text#"${text%%[![:space:]]*}"}"
  fail=1
done < <(git ls-files -- 'app/*' 'ui/*' 'tests/*' | grep -E '\.(c|cc|cpp|h|hpp)$' |
         xargs -r grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<$posix>" /dev/null || true)

for f in "${GUARDED[@]}"; do
  if [[ ! -f $f ]]; then
    echo "$f: on the GUARDED list but missing (remove it from the list)"; fail=1; continue
  fi
  if [[ -z ${offending[$f]:-} ]]; then
    echo "$f: on the GUARDED list but has no POSIX include any more (remove it from the list)"
    fail=1; continue
  fi
  while IFS=$'\t' read -r line why; do
    [[ -n $line ]] || continue
    echo "$f:$line: $why: $(sed -n "${line}p" "$f")"
    fail=1
  done < <(guard_check "$f" | sort -n)
done

for entry in "${POSIX_ONLY[@]}"; do
  IFS='|' read -r f names why <<<"$entry"
  case $f in tests/*) ;; *) echo "$f: only tests may be POSIX-only"; fail=1; continue ;; esac
  if [[ -z ${offending[$f]:-} ]]; then
    echo "$f: on the POSIX_ONLY list but has no POSIX include any more (remove it from the list)"
    fail=1; continue
  fi
  for name in $names; do
    if [[ ! -f $workflow ]] || ! grep -E -- "ctest.*(-E|--exclude-regex)" "$workflow" | grep -qw -- "$name"; then
      echo "$f: POSIX-only ($why), but $workflow does not exclude its test $name"
      fail=1
    fi
  done
done

if [[ $fail -ne 0 ]]; then
  echo "FAIL: use Qt (QFile, QSaveFile, QLockFile, QFileInfo, QStorageInfo, QDir, QProcess) or" \
       "guard the include and the calls with #if defined(Q_OS_UNIX) … #else <alternative> #endif"
  exit 1
fi
echo "portable: no POSIX-only header outside ${#GUARDED[@]} guarded files and ${#POSIX_ONLY[@]} POSIX-only tests"
