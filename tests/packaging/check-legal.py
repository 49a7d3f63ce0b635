#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks the licence files against each other and against the real binary (issue 18.2).

- LICENSE is the whole EUPL-1.2 (title, the 15 articles, the Appendix with its last sentence).
- packaging/copyright is a valid DEP-5 file (read by Debian's own parser, python3-debian, in
  strict mode), every licence it names has a stand-alone License paragraph, and its EUPL-1.2
  paragraph is LICENSE word for word.
- NOTICE: every component ("* Name") has a "Licence:" line; with BINARY given, every shared
  library the binary needs directly (readelf -d) belongs to a Debian package that a
  "Debian packages:" line of NOTICE names. The C and C++ runtime are exempt (GCC Runtime Library
  Exception, part of the operating system).

Usage: check-legal.py SOURCE_DIR [BINARY]     (exit 0 good, 1 problems, 77 skip: no python3-debian)
"""
import os
import re
import subprocess
import sys

SYSTEM_RUNTIME = {"libc6", "libstdc++6", "libgcc-s1"}
problems = []


def problem(message):
    problems.append(message)


def words(text):
    return re.sub(r"\s+", " ", text).strip()


def check_license(source):
    text = open(os.path.join(source, "LICENSE"), encoding="utf-8").read()
    for needle in ["EUROPEAN UNION PUBLIC LICENCE v. 1.2", "EUPL (c) the European Union 2007, 2016",
                   "Licensed under the EUPL", "'Compatible Licences' according to Article 5 EUPL are:",
                   "All other changes or additions to this Appendix require the production of a new\nEUPL version."]:
        if needle not in text:
            problem(f"LICENSE: missing {needle.splitlines()[0]!r}")
    articles = re.findall(r"^\s+(\d+)\. [A-Z]", text, re.M)
    if articles != [str(n) for n in range(1, 16)]:
        problem(f"LICENSE: articles {articles}, expected 1 to 15")
    return text


def check_copyright(source, license_text):
    try:
        from debian.copyright import Copyright
    except ImportError:
        print("SKIP: python3-debian ontbreekt (packaging/install-deps.sh)")
        sys.exit(77)
    path = os.path.join(source, "packaging", "copyright")
    with open(path, encoding="utf-8") as f:
        try:
            copyright_ = Copyright(f, strict=True)
        except Exception as e:  # the parser's own errors: NotMachineReadableError, ValueError
            problem(f"packaging/copyright: not DEP-5: {e}")
            return
    standalone = {p.license.synopsis: p.license.text for p in copyright_.all_license_paragraphs()}
    used = set()
    for paragraph in copyright_.all_files_paragraphs():
        if not paragraph.copyright:
            problem(f"packaging/copyright: Files {paragraph.files} without Copyright")
        synopsis = paragraph.license.synopsis
        used.update(name.strip() for name in re.split(r"\s+(?:and|or)\s+|,", synopsis))
        if paragraph.license.text:
            standalone.setdefault(synopsis, paragraph.license.text)
    for name in sorted(used):
        if name not in standalone:
            problem(f"packaging/copyright: licence {name} has no stand-alone License paragraph")
    if words(standalone.get("EUPL-1.2", "")) != words(license_text):
        problem("packaging/copyright: the EUPL-1.2 paragraph is not the text of LICENSE")
    if "*" not in [f for p in copyright_.all_files_paragraphs() for f in p.files]:
        problem("packaging/copyright: no 'Files: *' paragraph")


def parse_notice(source):
    components, packages = {}, set()
    current = None
    lines = open(os.path.join(source, "NOTICE"), encoding="utf-8").read().split("\n")
    in_packages = False
    for line in lines:
        if line.startswith("* "):
            current = line[2:].strip()
            components[current] = None
            in_packages = False
        elif current and line.startswith("  Licence: "):
            components[current] = line.split(":", 1)[1].strip()
            in_packages = False
        elif current and line.startswith("  Debian packages: "):
            packages.update(line.split(":", 1)[1].split())
            in_packages = True
        elif in_packages and line.startswith("    ") and ":" not in line:
            packages.update(line.split())
        else:
            in_packages = False
    for name, licence in components.items():
        if not licence:
            problem(f"NOTICE: component {name!r} has no 'Licence:' line")
    if len(components) < 5:
        problem(f"NOTICE: only {len(components)} components found ('* Name' lines)")
    return components, packages


def check_binary(binary, packages):
    out = subprocess.run(["readelf", "-d", binary], check=True, capture_output=True,
                         text=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    if not needed:
        problem(f"{binary}: readelf finds no NEEDED library")
    resolved = {}
    for line in subprocess.run(["ldd", binary], check=True, capture_output=True,
                               text=True).stdout.splitlines():
        match = re.match(r"\s*(\S+) => (\S+)", line)
        if match:
            resolved[match.group(1)] = match.group(2)
        match = re.match(r"\s*(/\S+) \(0x", line)  # the dynamic loader: a path, no "=>"
        if match:
            resolved[os.path.basename(match.group(1))] = match.group(1)
    for lib in needed:
        path = resolved.get(lib)
        if not path or path == "not":
            problem(f"{binary}: {lib} not found by ldd")
            continue
        real = os.path.realpath(path)
        owner = None
        for candidate in (path, real, "/usr" + path if not path.startswith("/usr") else path):
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                owner = result.stdout.split(":", 1)[0].strip()
                break
        if owner is None:
            problem(f"{lib} ({path}) belongs to no Debian package: name it in NOTICE by hand")
        elif owner not in SYSTEM_RUNTIME and owner not in packages:
            problem(f"the program links {lib} from the Debian package {owner}, which no "
                    "'Debian packages:' line of NOTICE names")
    return needed


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = sys.argv[1]
    license_text = check_license(source)
    check_copyright(source, license_text)
    components, packages = parse_notice(source)
    needed = check_binary(sys.argv[2], packages) if len(sys.argv) == 3 else []
    for p in problems:
        print(f"FAIL: {p}")
    if problems:
        return 1
    print(f"licentiebestanden in orde: {len(components)} componenten in NOTICE, "
          f"{len(needed)} gekoppelde bibliotheken gedekt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
