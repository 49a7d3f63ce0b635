#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks the paper definitions of the other platforms (issue 18.5), which are not run here:
both parse as YAML, the Flatpak app id is the AppStream id and its command is the program
CMake builds, every downloaded source is pinned (https URL, sha256 of 64 hex digits), and the
Windows workflow builds with MSVC and Qt PDF, runs ctest, windeployqt, and uploads an MSI.

Usage: check-platforms.py SOURCE_DIR      (exit 0 good, 1 problems)
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

import yaml

problems = []


def problem(message):
    problems.append(message)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        problem(f"{path}: {e}")
        return None


def appstream_id(source):
    ids = {ET.parse(p).getroot().findtext("id") for p in
           glob.glob(os.path.join(source, "packaging", "*.metainfo.xml"))}
    if len(ids) != 1:
        problem(f"expected one AppStream id in packaging/*.metainfo.xml, found {sorted(ids)}")
        return None
    return ids.pop()


def check_flatpak(source):
    manifests = glob.glob(os.path.join(source, "packaging", "flatpak", "*.yml"))
    if len(manifests) != 1:
        problem(f"expected one Flatpak manifest in packaging/flatpak, found {len(manifests)}")
        return
    path = manifests[0]
    data = load(path)
    if not isinstance(data, dict):
        return
    app_id = data.get("app-id") or data.get("id")
    wanted = appstream_id(source)
    if app_id != wanted:
        problem(f"Flatpak app-id {app_id!r} is not the AppStream id {wanted!r}")
    if os.path.basename(path) != f"{app_id}.yml":
        problem(f"Flatpak manifest {os.path.basename(path)} is not named after its app id")
    cmake = open(os.path.join(source, "app", "CMakeLists.txt"), encoding="utf-8").read()
    if not re.search(rf"(qt_)?add_executable\(\s*{re.escape(str(data.get('command')))}\s",
                     cmake):
        problem(f"Flatpak command {data.get('command')!r} is not the executable of app/")
    for key in ("runtime", "runtime-version", "sdk"):
        if not data.get(key):
            problem(f"Flatpak manifest has no {key}")
    if data.get("runtime") != "org.kde.Platform" or data.get("sdk") != "org.kde.Sdk":
        problem("Flatpak runtime/sdk must be the KDE ones (org.kde.Platform / org.kde.Sdk)")
    args = data.get("finish-args") or []
    for arg in ("--share=network", "--socket=wayland", "--socket=fallback-x11", "--share=ipc",
                "--device=dri"):
        if arg not in args:
            problem(f"Flatpak finish-args lack {arg}")
    modules = data.get("modules") or []
    if not modules or modules[-1].get("name") != "flexwonen":
        problem("the last Flatpak module must be flexwonen (our own cmake-ninja build)")
    for module in modules:
        for src in module.get("sources", []):
            if src.get("type") in ("archive", "file"):
                if not str(src.get("url", "")).startswith("https://"):
                    problem(f"module {module.get('name')}: source URL is not https")
                if not re.fullmatch(r"[0-9a-f]{64}", str(src.get("sha256", ""))):
                    problem(f"module {module.get('name')}: source not pinned by sha256")


def check_windows(source):
    path = os.path.join(source, ".github", "workflows", "windows.yml")
    data = load(path)
    if not isinstance(data, dict):
        return
    jobs = data.get("jobs") or {}
    if not jobs:
        problem("windows.yml has no jobs")
        return
    steps = [s for job in jobs.values() for s in job.get("steps", [])]
    runs = "\n".join(str(s.get("run", "")) for s in steps)
    uses = [str(s.get("uses", "")) for s in steps]
    if not any(str(job.get("runs-on", "")).startswith("windows-") for job in jobs.values()):
        problem("windows.yml: no job runs on a windows-* runner")
    qt = [s for s in steps if str(s.get("uses", "")).startswith("jurplel/install-qt-action")]
    if not qt or "qtpdf" not in str(qt[0].get("with", {}).get("modules", "")):
        problem("windows.yml: Qt must come from install-qt-action with the qtpdf module")
    if not any(u.startswith("ilammy/msvc-dev-cmd") for u in uses) and "VsDevCmd" not in runs:
        problem("windows.yml: no MSVC environment")
    for needle in ("ctest", "windeployqt", "cpack", "vcpkg"):
        if needle not in runs:
            problem(f"windows.yml: no step runs {needle}")
    if not any(u.startswith("actions/upload-artifact") for u in uses):
        problem("windows.yml: the package is not uploaded as an artifact")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    check_flatpak(sys.argv[1])
    check_windows(sys.argv[1])
    for p in problems:
        print(f"FAIL: {p}")
    if problems:
        return 1
    print("Windows-workflow en Flatpak-manifest in orde (op papier, niet uitgevoerd)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
