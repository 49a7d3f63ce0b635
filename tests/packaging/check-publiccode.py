#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks publiccode.yml against the Standard for Public Code's publiccode.yml 0.4 and against the
repository it describes (issue 18 point 3).

The standard (core schema, version 0.4):
  https://github.com/publiccodeyml/publiccode.yml/blob/v0.4.0/docs/standard/schema.core.rst
  https://github.com/publiccodeyml/publiccode.yml/blob/v0.4.0/docs/standard/categories-list.rst
  https://github.com/publiccodeyml/publiccode.yml/blob/v0.4.0/docs/standard/scope-list.rst
REQUIRED below is every key the schema marks "Presence: mandatory" (with the conditional ones:
maintenance/contacts for internal or community maintenance, maintenance/contractors for
contract; longDescription and features for at least one language).

Also against the repository: softwareVersion is project(VERSION) of CMakeLists.txt, releaseDate
is the AppStream release of that version (when the metainfo has one), legal/license is the
licence of every SPDX line in the repository, and every source file under app/ ui/ tests/
cmake/ packaging/ tools/ .ci/ has an SPDX line (data and test fixtures are not source).

Usage: check-publiccode.py SOURCE_DIR [PUBLICCODE_FILE]   (exit 0 good, 1 problems)
"""
import datetime
import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import yaml

REQUIRED = [
    "publiccodeYmlVersion",
    "name",
    "url",
    "platforms",
    "categories",
    "developmentStatus",
    "softwareType",
    "description",
    "legal/license",
    "maintenance/type",
    "localisation/localisationReady",
    "localisation/availableLanguages",
]
REQUIRED_PER_LANGUAGE = ["shortDescription"]            # in every description/[lang]
REQUIRED_IN_ONE_LANGUAGE = ["longDescription", "features"]

PLATFORMS = {"web", "windows", "mac", "linux", "ios", "android"}
DEVELOPMENT_STATUS = {"concept", "development", "beta", "stable", "obsolete"}
SOFTWARE_TYPE = {"standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                 "standalone/backend", "standalone/other", "addon", "library",
                 "configurationFiles"}
MAINTENANCE_TYPE = {"internal", "contract", "community", "none"}
CATEGORIES = set("""
accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration
communications compliance-management contact-management content-management crm
customer-service-and-support data-analytics data-collection data-visualization design
design-system digital-asset-management digital-citizenship document-management donor-management
e-commerce e-signature educational-content email-management email-marketing employee-management
enterprise-project-management enterprise-social-networking erp event-management
facility-management feedback-and-reviews-management financial-reporting fleet-management
fundraising gamification geographic-information-systems grant-management graphic-design
help-desk hr ide identity-management instant-messaging inventory-management it-asset-management
it-development it-management it-security it-service-management knowledge-management
learning-management-system marketing mind-mapping mobile-marketing mobile-payment
network-management office online-booking online-community payment-gateway payroll
predictive-analysis procurement productivity-suite project-collaboration project-management
property-management real-estate-management remote-support resource-management sales-management
seo service-desk social-media-management survey talent-management task-management
taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management
""".split())
SCOPES = set("""
agriculture culture defence education emergency-services employment energy environment
finance-and-economic-development foreign-affairs healthcare infrastructures justice
local-authorities manufacturing research science-and-technology security society sport tourism
transportation welfare
""".split())

# Where every source file must carry an SPDX line; data and fixtures are not source.
SOURCE_DIRS = ("app/", "ui/", "tests/", "cmake/", "packaging/", "tools/", ".ci/")
NOT_SOURCE = ("tests/fixtures/", "tests/fuzz/corpus/")
SOURCE_SUFFIXES = (".cpp", ".h", ".c", ".hpp", ".cmake", ".sh", ".py", ".yml", ".yaml")
# An SPDX line is a comment line of its own (prose that quotes one, as docs/decisions.md does, is not).
SPDX = re.compile(r"^\s*(?://|#|<!--|/\*|\*|--)\s*SPDX-" r"License-Identifier:\s*([A-Za-z0-9.+-]+)")
# Files under another licence than the code, each with its reason.
OTHER_LICENCE = {
    # AppStream wants metadata that anyone may copy: its metadata_license, CC0-1.0.
    "packaging/nl.flexwonen.kennisbank.metainfo.xml": "CC0-1.0",
}

problems = []


def problem(message):
    problems.append(message)


def lookup(data, path):
    node = data
    for part in path.split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def is_url(value):
    return isinstance(value, str) and re.fullmatch(r"https?://[^\s/]+(/\S*)?", value) is not None


def is_date(value):
    if isinstance(value, datetime.date):
        value = value.isoformat()
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_language_tag(value):
    # BCP 47, as far as the spec asks: a primary language subtag, optional further subtags.
    return isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value)


def check_standard(data):
    for key in REQUIRED:
        if lookup(data, key) is None:
            problem(f"required key {key} is missing")

    for key in ("publiccodeYmlVersion", "name", "developmentStatus", "softwareType"):
        if key in data and not isinstance(data[key], str):
            problem(f"{key} must be a string, is {type(data[key]).__name__}")
    if data.get("publiccodeYmlVersion") not in (None, "0.4", "0.4.0"):
        problem(f"publiccodeYmlVersion {data.get('publiccodeYmlVersion')!r}: this check knows 0.4")
    for key in ("url", "landingURL"):
        if key in data and not is_url(data[key]):
            problem(f"{key} {data[key]!r} is not an http(s) URL")
    if "softwareVersion" in data and not isinstance(data["softwareVersion"], str):
        problem("softwareVersion must be a string (quote it in YAML)")
    if "releaseDate" in data and not is_date(data["releaseDate"]):
        problem(f"releaseDate {data['releaseDate']!r} is not a date YYYY-MM-DD")

    platforms = data.get("platforms")
    if isinstance(platforms, str):
        platforms = [platforms]
    if platforms is not None:
        if not isinstance(platforms, list) or not platforms:
            problem("platforms must be a string or a non-empty list")
        else:
            # Other human-readable values are allowed by the spec; ours must be the predefined
            # ones, so a typo ("Windows", "linuxx") is caught.
            for p in platforms:
                if p not in PLATFORMS:
                    problem(f"platform {p!r} is not one of {sorted(PLATFORMS)}")
    categories = data.get("categories")
    if categories is not None:
        if not isinstance(categories, list) or not categories:
            problem("categories must be a non-empty list")
        else:
            for c in categories:
                if c not in CATEGORIES:
                    problem(f"category {c!r} is not in the standard's categories list")
    if "developmentStatus" in data and data["developmentStatus"] not in DEVELOPMENT_STATUS:
        problem(f"developmentStatus {data['developmentStatus']!r} not in {sorted(DEVELOPMENT_STATUS)}")
    if "softwareType" in data and data["softwareType"] not in SOFTWARE_TYPE:
        problem(f"softwareType {data['softwareType']!r} not in {sorted(SOFTWARE_TYPE)}")

    scope = lookup(data, "intendedAudience/scope") or []
    for s in scope:
        if s not in SCOPES:
            problem(f"intendedAudience/scope {s!r} is not in the standard's scope list")
    for key in ("intendedAudience/countries", "intendedAudience/unsupportedCountries"):
        for country in lookup(data, key) or []:
            if not re.fullmatch(r"[a-z]{2}", str(country)):
                problem(f"{key}: {country!r} is not a lowercase ISO 3166-1 alpha-2 code")

    description = data.get("description")
    if description is not None:
        if not isinstance(description, dict) or not description:
            problem("description must have at least one language")
        else:
            has_long = has_features = False
            for lang, text in description.items():
                if not is_language_tag(lang):
                    problem(f"description/{lang}: not a BCP 47 language tag")
                if not isinstance(text, dict):
                    problem(f"description/{lang} must be a mapping")
                    continue
                for key in REQUIRED_PER_LANGUAGE:
                    if key not in text:
                        problem(f"required key description/{lang}/{key} is missing")
                short = text.get("shortDescription")
                if short is not None:
                    if not isinstance(short, str) or not short.strip():
                        problem(f"description/{lang}/shortDescription must be a non-empty string")
                    elif len(short) > 150:
                        problem(f"description/{lang}/shortDescription has {len(short)} characters "
                                "(at most 150)")
                    elif "\n" in short.strip():
                        problem(f"description/{lang}/shortDescription must be a single line")
                long_ = text.get("longDescription")
                if long_ is not None:
                    has_long = True
                    if not isinstance(long_, str) or not 150 <= len(long_) <= 10000:
                        problem(f"description/{lang}/longDescription must have 150 to 10000 "
                                f"characters, has {len(long_) if isinstance(long_, str) else '?'}")
                features = text.get("features")
                if features is not None:
                    has_features = True
                    if not isinstance(features, list) or not all(
                            isinstance(f, str) and f.strip() for f in features):
                        problem(f"description/{lang}/features must be a list of strings")
                generic = text.get("genericName")
                if generic is not None and len(str(generic)) > 35:
                    problem(f"description/{lang}/genericName longer than 35 characters")
            for key, present in (("longDescription", has_long), ("features", has_features)):
                if not present:
                    problem(f"description/[lang]/{key} is required in at least one language")

    license_ = lookup(data, "legal/license")
    if license_ is not None and not (isinstance(license_, str) and license_.strip()):
        problem("legal/license must be an SPDX expression")

    mtype = lookup(data, "maintenance/type")
    if mtype is not None:
        if mtype not in MAINTENANCE_TYPE:
            problem(f"maintenance/type {mtype!r} not in {sorted(MAINTENANCE_TYPE)}")
        contacts = lookup(data, "maintenance/contacts")
        if mtype in ("internal", "community"):
            if not isinstance(contacts, list) or not contacts:
                problem(f"maintenance/contacts is required when maintenance/type is {mtype}")
        for contact in contacts or []:
            if not isinstance(contact, dict) or not contact.get("name"):
                problem("every maintenance contact needs a name")
        contractors = lookup(data, "maintenance/contractors")
        if mtype == "contract" and not contractors:
            problem("maintenance/contractors is required when maintenance/type is contract")
        for contractor in contractors or []:
            if not contractor.get("name") or not is_date(contractor.get("until")):
                problem("every contractor needs a name and an until date")

    ready = lookup(data, "localisation/localisationReady")
    if ready is not None and not isinstance(ready, bool):
        problem("localisation/localisationReady must be a boolean")
    languages = lookup(data, "localisation/availableLanguages")
    if languages is not None:
        if not isinstance(languages, list) or not languages:
            problem("localisation/availableLanguages must be a non-empty list")
        else:
            for lang in languages:
                if not is_language_tag(lang):
                    problem(f"localisation/availableLanguages: {lang!r} is not a BCP 47 tag")

    for kind in ("open", "proprietary", "hardware"):
        for dep in lookup(data, f"dependsOn/{kind}") or []:
            if not isinstance(dep, dict) or not dep.get("name"):
                problem(f"dependsOn/{kind}: every dependency needs a name")
                continue
            for key in ("versionMin", "versionMax", "version"):
                if key in dep and not isinstance(dep[key], str):
                    problem(f"dependsOn/{kind}/{dep['name']}/{key} must be a string")


def cmake_version(source):
    text = open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8").read()
    match = re.search(r"project\(\s*\w+\s+VERSION\s+([0-9][0-9A-Za-z.\-]*)", text)
    return match.group(1) if match else None


def appstream_release_date(source, version):
    files = sorted(glob.glob(os.path.join(source, "packaging", "*.metainfo.xml")))
    for path in files:
        releases = ET.parse(path).getroot().findall("./releases/release")
        for release in releases:
            if release.get("version") == version:
                return path, release.get("date") or (release.get("timestamp") and
                                                     datetime.datetime.fromtimestamp(
                                                         int(release.get("timestamp")),
                                                         datetime.timezone.utc).date().isoformat())
        if releases:
            return path, None  # releases listed, but not this version
    return None, None


def git_files(source):
    out = subprocess.run(["git", "-C", source, "ls-files", "-z"], check=True,
                         capture_output=True).stdout
    return [f for f in out.decode("utf-8").split("\0") if f]


def is_source(source, path):
    if not path.startswith(SOURCE_DIRS) or path.startswith(NOT_SOURCE):
        return False
    name = os.path.basename(path)
    if name == "CMakeLists.txt" or name.endswith(SOURCE_SUFFIXES):
        return True
    try:
        with open(os.path.join(source, path), "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def check_repository(data, source):
    version = cmake_version(source)
    if version is None:
        problem("CMakeLists.txt: no project(... VERSION x.y.z)")
    elif data.get("softwareVersion") != version:
        problem(f"softwareVersion {data.get('softwareVersion')!r} is not the CMake project "
                f"version {version!r}")

    metainfo, date = appstream_release_date(source, version)
    released = data.get("releaseDate")
    if isinstance(released, datetime.date):
        released = released.isoformat()
    if metainfo and date is None:
        problem(f"{os.path.relpath(metainfo, source)} lists releases but none for {version}")
    elif metainfo and released != date:
        problem(f"releaseDate {released!r} is not the AppStream release date {date!r} of "
                f"{version} in {os.path.relpath(metainfo, source)}")

    license_ = lookup(data, "legal/license")
    seen = 0
    for path in git_files(source):
        full = os.path.join(source, path)
        if not os.path.isfile(full) or os.path.islink(full):
            continue
        try:
            with open(full, encoding="utf-8") as f:
                head = [next(f, "") for _ in range(2)]
                rest = f.read()
        except UnicodeDecodeError:
            continue  # binary: fonts, images, databases
        for number, line in enumerate(head + rest.split("\n"), 1):
            for match in SPDX.finditer(line):
                seen += 1
                if match.group(1) != OTHER_LICENCE.get(path, license_):
                    problem(f"{path}:{number}: SPDX line says {match.group(1)}, "
                            f"publiccode.yml says {license_}")
        if is_source(source, path) and not any(SPDX.search(line) for line in head):
            problem(f"{path}: source file without an SPDX line in its first two lines")
    if seen == 0:
        problem("no SPDX line found in the repository (wrong SOURCE_DIR?)")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(source, "publiccode.yml")
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        print(f"FAIL: {path}: {e}")
        return 1
    if not isinstance(data, dict):
        print(f"FAIL: {path}: not a YAML mapping")
        return 1
    check_standard(data)
    check_repository(data, source)
    for p in problems:
        print(f"FAIL: {p}")
    if problems:
        return 1
    print(f"publiccode.yml in orde: versie {data['softwareVersion']}, {data['releaseDate']}, "
          f"licentie {data['legal']['license']}, {len(data['description'])} talen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
