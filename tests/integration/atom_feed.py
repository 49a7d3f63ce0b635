#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# Issue 18 point 6: atom.xml written by `flexwonen publish`, read by Debian's python3-feedparser
# (a parser that is not ours) and checked against RFC 4287's required elements.
# Usage: atom_feed.py FLEXWONEN CONTENTDIR WORKDIR
# The oracle for the entries is the content folder itself, read here from the front matter:
# every news and event item is one entry, with its title. Then an item is edited (its id must
# not change) and a hostile item is added: markup and "]]>" in its title and body come out as
# the literal text.
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import feedparser

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
TAG = re.compile(r"^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]+$")
HOSTILE_TITLE = 'Gevaar <script>alert(1)</script> ]]> & "citaat" <b>vet</b>'
HOSTILE_BODY = "Tekst <script>alert('x')</script> en ]]> en <![CDATA[ x ]]> en &amp; <img src=x>."
BASE = "https://voorbeeld.example/feed"

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    parts = text.split("---\n", 2)
    return json.loads(parts[1]), parts[2]


def write_item(path, front, body):
    with open(path, "w", encoding="utf-8") as f:
        f.write("---\n" + json.dumps(front, ensure_ascii=False, indent=2) + "\n---\n" + body)


def expected_items(content):
    items = {}
    for path in glob.glob(os.path.join(content, "**", "*.md"), recursive=True):
        front, _ = front_matter(path)
        if front.get("type") in ("news", "event"):
            items[front["id"]] = front
    return items


def publish(binary, content, out, key, extra):
    r = subprocess.run([binary, "publish", "--source", content, "--out", out, "--key", key] +
                       extra, capture_output=True, text=True)
    if r.returncode != 0:
        fail("publish exits %d: %s" % (r.returncode, r.stderr.strip()))
        sys.exit(1)
    return os.path.join(out, "atom.xml")


def check_rfc4287(path, base):
    """The required elements of RFC 4287 section 4.1, by ElementTree (not feedparser)."""
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        fail("root is %s, not atom:feed" % root.tag)
    for name in ("id", "title", "updated"):
        if len(root.findall(ATOM + name)) != 1:
            fail("atom:feed has %d atom:%s" % (len(root.findall(ATOM + name)), name))
    if not RFC3339.match(root.findtext(ATOM + "updated", "")):
        fail("feed updated is not RFC 3339")
    if not TAG.match(root.findtext(ATOM + "id", "")):
        fail("feed id %r is not a tag: URI" % root.findtext(ATOM + "id"))
    entries = root.findall(ATOM + "entry")
    # atom:author is required unless every entry has one.
    if not root.findall(ATOM + "author/" + ATOM + "name") and any(
            not e.findall(ATOM + "author") for e in entries):
        fail("no atom:author")
    selfs = [l.get("href") for l in root.findall(ATOM + "link") if l.get("rel") == "self"]
    if base is not None and selfs != [base + "/atom.xml"]:
        fail("rel=self is %s, not %s/atom.xml" % (selfs, base))
    if base is None and selfs:
        fail("a rel=self link without --base-url: %s" % selfs)
    for e in entries:
        for name in ("id", "title", "updated"):
            if len(e.findall(ATOM + name)) != 1:
                fail("an entry has %d atom:%s" % (len(e.findall(ATOM + name)), name))
        if not TAG.match(e.findtext(ATOM + "id", "")):
            fail("entry id %r is not a tag: URI" % e.findtext(ATOM + "id"))
        for name in ("updated", "published"):
            value = e.findtext(ATOM + name)
            if value is not None and not RFC3339.match(value):
                fail("entry %s %r is not RFC 3339" % (name, value))
        for name in ("title", "summary", "content"):
            el = e.find(ATOM + name)
            if el is not None and el.get("type", "text") != "text":
                fail("entry %s has type %s" % (name, el.get("type")))
            if el is not None and len(el):
                fail("entry %s has child elements" % name)
        # The content is read by people in a feed reader: no Markdown link syntax, no kb: address
        # (it means nothing outside the app), no emphasis marks around words.
        content_text = e.findtext(ATOM + "content", "")
        for mark in ("](", "kb:", "**"):
            if mark in content_text:
                fail("entry %s: content shows Markdown %r" % (e.findtext(ATOM + "id"), mark))
        # A content without src needs no summary; alternate links are web addresses.
        for link in e.findall(ATOM + "link"):
            if not link.get("href", "").startswith(("https://", "http://")):
                fail("entry link %r" % link.get("href"))
    return root


def parse(path, expected, label):
    feed = feedparser.parse(path)
    if feed.bozo:
        fail("%s: feedparser bozo: %s" % (label, feed.get("bozo_exception")))
    if feed.version != "atom10":
        fail("%s: feedparser reads version %r" % (label, feed.version))
    if len(feed.entries) != len(expected):
        fail("%s: %d entries, the content has %d news and event items" %
             (label, len(feed.entries), len(expected)))
    by_item = {}
    for entry in feed.entries:
        for field in ("id", "title", "updated"):
            if not entry.get(field):
                fail("%s: an entry without %s" % (label, field))
        item_id = entry.id.rsplit("/", 1)[-1]
        by_item[item_id] = entry
        front = expected.get(item_id)
        if front is None:
            fail("%s: entry %s is not a news or event item" % (label, entry.id))
            continue
        if entry.title != front["title"]:
            fail("%s: title of %s is %r, not %r" % (label, item_id, entry.title, front["title"]))
        kind = "news" if front["type"] == "news" else "agenda"
        if kind not in [t.term for t in entry.get("tags", [])]:
            fail("%s: %s lacks category %s" % (label, item_id, kind))
        if front.get("date") and not entry.updated.startswith(front["date"]):
            fail("%s: %s updated %s, date %s" % (label, item_id, entry.updated, front["date"]))
    # Newest first, by date.
    dates = [e.updated for e in feed.entries]
    if dates != sorted(dates, reverse=True):
        fail("%s: entries are not newest first" % label)
    return feed, by_item


def main():
    binary, content_src, work = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    content = os.path.join(work, "content")
    shutil.copytree(content_src, content)
    key, pub = os.path.join(work, "feed.key"), os.path.join(work, "feed.pub")
    subprocess.run(["minisign", "-G", "-W", "-p", pub, "-s", key], check=True,
                   capture_output=True)
    out = os.path.join(work, "feed")

    expected = expected_items(content)
    if len(expected) < 2:
        fail("the content has only %d news and event items" % len(expected))
    atom = publish(binary, content, out, key, ["--base-url", BASE])
    check_rfc4287(atom, BASE)
    _, first = parse(atom, expected, "first publish")
    print("first publish: %d entries (%d news and event items in %s)" %
          (len(first), len(expected), content_src))

    # Edit a news body and add a hostile item; publish the next seq.
    news = sorted(glob.glob(os.path.join(content, "news", "*.md")))[0]
    front, body = front_matter(news)
    write_item(news, front, body + "\nEen nieuwe alinea na een bewerking.\n")
    hostile = dict(front)
    hostile["id"] = "news-vijandig"
    hostile["title"] = HOSTILE_TITLE
    hostile["summary"] = HOSTILE_BODY
    write_item(os.path.join(content, "news", "news-vijandig.md"), hostile, HOSTILE_BODY + "\n")
    expected = expected_items(content)
    atom = publish(binary, content, out, key, [])
    raw = open(atom, "rb").read()
    if b"<script" in raw or b"<![CDATA[" in raw or b"<b>" in raw:
        fail("markup from an item reached atom.xml unescaped")
    check_rfc4287(atom, None)
    _, second = parse(atom, expected, "second publish")
    for item_id, entry in first.items():
        if item_id in second and second[item_id].id != entry.id:
            fail("id of %s changed: %s -> %s" % (item_id, entry.id, second[item_id].id))
    if set(first) - set(second):
        fail("entries vanished: %s" % sorted(set(first) - set(second)))
    h = second.get("news-vijandig")
    if h is None:
        fail("the hostile item has no entry")
    else:
        if h.title != HOSTILE_TITLE:
            fail("hostile title reads %r" % h.title)
        if h.summary != HOSTILE_BODY:
            fail("hostile summary reads %r" % h.summary)
        if h.content[0].value.strip() != HOSTILE_BODY or h.content[0].type != "text/plain":
            fail("hostile content reads %r (%s)" % (h.content[0].value, h.content[0].type))
    # Markdown reads as text: an item link keeps its words, a web link its words and address.
    marked = dict(front)
    marked["id"] = "news-markdown"
    write_item(os.path.join(content, "news", "news-markdown.md"), marked,
               "## Kop\n\nZie het **besluit** in [dit document](kb:%s) en [de site](https://a.example/x).\n"
               % os.path.basename(news)[:-3])
    expected = expected_items(content)
    atom = publish(binary, content, out, key, [])
    check_rfc4287(atom, None)
    _, third = parse(atom, expected, "third publish")
    m = third.get("news-markdown")
    want = "Kop\n\nZie het besluit in dit document en de site (https://a.example/x)."
    if m is None or m.content[0].value.strip() != want:
        fail("Markdown content reads %r, expected %r" % (m and m.content[0].value, want))
    print("second publish: %d entries, ids stable, hostile item is text" % len(second))

    if failures:
        print("%d problem(s)" % len(failures))
        sys.exit(1)


main()
