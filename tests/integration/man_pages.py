#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# Issue 18 point 4: the man pages, judged by the tools that read them (groff, man-db's man and
# lexgrog), against the real binary's --help. Usage: man_pages.py FLEXWONEN MANDIR
# For the program and every verb that `flexwonen --help` lists:
#  - flexwonen[-VERB].1.gz exists; groff -ww -z and man --warnings render it without a warning;
#  - lexgrog finds its NAME line ("flexwonen-VERB - summary");
#  - .TH carries `flexwonen --version` and a date; the sections lintian and readers expect are
#    there;
#  - `flexwonen VERB --help` exits 0, and every line of it (headings aside) is found, word for
#    word, in the rendered page; so is every option it documents.
import gzip
import os
import re
import subprocess
import sys

HEADINGS = {"Opties:", "Werkwoorden:", "Afsluitcodes:", "Omgeving:", "Bestanden:",
            "Voorbeelden:", "Zie ook:"}
SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT",
            "EXAMPLES", "SEE ALSO"]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def words(text):
    # Letters and digits only: dashes, quotes and bullets are drawn differently by groff.
    return re.findall(r"[^\W_]+", text.lower())


def contains(haystack, needle):
    n = len(needle)
    return n == 0 or any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def main():
    binary, mandir = sys.argv[1], sys.argv[2]
    env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80")
    version = run([binary, "--version"], env=env).stdout.split()[-1]
    top = run([binary, "--help"], env=env)
    if top.returncode != 0:
        fail("flexwonen --help exits %d" % top.returncode)
    verbs = []
    section = None
    for line in top.stdout.splitlines():
        if line in HEADINGS:
            section = line
        elif section == "Werkwoorden:" and line.startswith("  ") and line[2] != " ":
            verbs.append(line.split()[0])
    if len(verbs) < 14:
        fail("flexwonen --help lists %d verbs: %s" % (len(verbs), verbs))

    pages = {"": "flexwonen.1"}
    pages.update({verb: "flexwonen-%s.1" % verb for verb in verbs})
    expected = {name + ".gz" for name in pages.values()}
    present = {name for name in os.listdir(mandir) if name.endswith(".1.gz")}
    if present != expected:
        fail("pages in %s: extra %s, missing %s" % (mandir, sorted(present - expected),
                                                    sorted(expected - present)))

    for verb, name in sorted(pages.items()):
        path = os.path.join(mandir, name + ".gz")
        if not os.path.exists(path):
            continue
        source = gzip.open(path, "rt", encoding="ascii").read()
        label = name
        # groff with every warning on; man-db as lintian runs it.
        g = run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=source, env=env)
        if g.returncode != 0 or g.stderr.strip():
            fail("%s: groff -ww: %s" % (label, g.stderr.strip()))
        m = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", path], env=env)
        if m.returncode != 0 or m.stderr.strip():
            fail("%s: man --warnings: %s" % (label, m.stderr.strip()))
        lex = run(["lexgrog", path], env=env)
        page = name[:-2]
        # The whatis line is read raw (apropos): no roff escape may show in it.
        if lex.returncode != 0 or ('"%s - ' % page) not in lex.stdout or "[u" in lex.stdout:
            fail("%s: lexgrog: %s %s" % (label, lex.stdout.strip(), lex.stderr.strip()))
        th = re.search(r'^\.TH (\S+) 1 "(\d{4}-\d{2}-\d{2})" "flexwonen ([^"]+)"', source, re.M)
        if not th or th.group(3) != version:
            fail("%s: .TH without version %s and a date" % (label, version))
        for s in SECTIONS:
            if not re.search(r"^\.SH %s$" % s, source, re.M):
                fail("%s: no section %s" % (label, s))

        rendered = run(["man", "-l", "-Tutf8", path], env=dict(env, MAN_KEEP_FORMATTING="0"))
        text = re.sub(r".\x08", "", rendered.stdout)
        text = re.sub(r"\x1b\[[0-9;]*m", "", text)
        have = words(text)

        helpargs = [binary, verb, "--help"] if verb else [binary, "--help"]
        h = run(helpargs, env=env)
        if h.returncode != 0 or not h.stdout.startswith("Gebruik: flexwonen " + verb):
            fail("%s: %s exits %d: %s" % (label, " ".join(helpargs[1:]), h.returncode,
                                          h.stdout[:80]))
            continue
        options = set()
        for line in h.stdout.splitlines():
            stripped = line.strip()
            if not stripped or stripped in HEADINGS:
                continue
            if stripped.startswith("Gebruik:"):
                stripped = stripped[len("Gebruik:"):]
            options.update(re.findall(r"(?<![\w-])--[a-z][a-z-]*", stripped))
            if not contains(have, words(stripped)):
                fail("%s: --help line not in the page: %r" % (label, stripped))
        for option in sorted(options):
            if option not in text.replace("\u2010", "-").replace("\u2212", "-"):
                fail("%s: option %s not in the page" % (label, option))
        print("%s: %d words, %d options, lexgrog %s" % (label, len(have), len(options),
                                                        lex.stdout.strip()))

    if failures:
        print("%d problem(s)" % len(failures))
        sys.exit(1)
    print("all %d pages render cleanly and carry their --help" % len(pages))


main()
