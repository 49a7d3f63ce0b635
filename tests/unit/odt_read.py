# SPDX-License-Identifier: EUPL-1.2
"""Reads an .odt with Python's own zipfile and XML parser (not the app's code) and prints what
tst_odtwriter compares with its oracle, as JSON: the zip entries, every paragraph and heading
of the body with its context (list nesting, table cell, contents), links, bookmarks, frames,
tables, the named and automatic styles, the manifest and the metadata. Exit 0 even when a part
is not well-formed: that is reported in "parseErrors"."""

import json
import struct
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def text_of(el):
    """The characters a reader shows for el, with ODF's white-space rules (part 1, 6.1.2): in
    character data, tab, newline and carriage return are spaces, a space after a space is
    dropped and so are spaces at the start of the paragraph; <text:s/>, <text:tab/> and
    <text:line-break/> are the only way to more. Modelled on LibreOffice's import, where a
    space after one of those elements is kept."""
    out = []
    state = {"collapse": True}

    def chars(s):
        for ch in s or "":
            if ch in " \t\n\r":
                if not state["collapse"]:
                    out.append(" ")
                state["collapse"] = True
            else:
                out.append(ch)
                state["collapse"] = False

    def walk(e):
        chars(e.text)
        for c in e:
            if c.tag == q("text:s"):
                out.append(" " * int(c.get(q("text:c"), "1")))
                state["collapse"] = False
            elif c.tag == q("text:tab"):
                out.append("\t")
                state["collapse"] = False
            elif c.tag == q("text:line-break"):
                out.append("\n")
                state["collapse"] = False
            elif c.tag in (q("draw:frame"), q("text:bookmark")):
                pass
            else:
                walk(c)
            chars(c.tail)

    walk(el)
    return "".join(out)


def styles_of(container):
    styles = {}
    if container is None:
        return styles
    for st in container.findall(q("style:style")):
        rec = {
            "family": st.get(q("style:family")),
            "parent": st.get(q("style:parent-style-name")),
            "displayName": st.get(q("style:display-name")),
            "outlineLevel": st.get(q("style:default-outline-level")),
        }
        for props in st:
            for key, value in props.attrib.items():
                rec[key.split("}")[1] if "}" in key else key] = value
        styles[st.get(q("style:name"))] = rec
    return styles


def list_styles(container):
    out = {}
    if container is None:
        return out
    for ls in container.findall(q("text:list-style")):
        out[ls.get(q("style:name"))] = [
            {"kind": lvl.tag.split("}")[1], "level": lvl.get(q("text:level"))} for lvl in ls
        ]
    return out


def main(path):
    out = {"parseErrors": {}}
    raw = open(path, "rb").read()
    out["localHeader"] = {
        "name": raw[30:38].decode("latin1"),
        "extraLength": struct.unpack("<H", raw[28:30])[0],
        "method": struct.unpack("<H", raw[8:10])[0],
    }
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        out["entries"] = [
            {
                "name": i.filename,
                "stored": i.compress_type == zipfile.ZIP_STORED,
                "extra": len(i.extra),
            }
            for i in infos
        ]
        out["badCrc"] = z.testzip()
        out["mimetype"] = z.read("mimetype").decode("latin1")
        roots = {}
        for name in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            try:
                roots[name] = ET.fromstring(z.read(name))
            except (KeyError, ET.ParseError) as e:
                out["parseErrors"][name] = str(e)
        pictures = {}
        for i in infos:
            if i.filename.startswith("Pictures/"):
                data = z.read(i.filename)
                ok = data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
                w, h = struct.unpack(">II", data[16:24]) if ok else (0, 0)
                pictures[i.filename] = {"png": ok, "width": w, "height": h}
        out["pictures"] = pictures
    if out["parseErrors"]:
        print(json.dumps(out))
        return

    namespaces = set()
    for root in roots.values():
        for el in root.iter():
            namespaces.add(el.tag.split("}")[0].lstrip("{") if "}" in el.tag else "")
    out["namespaces"] = sorted(namespaces)
    out["roots"] = {name: root.tag for name, root in roots.items()}
    out["versions"] = {
        name: root.get(q("office:version")) or root.get(q("manifest:version"))
        for name, root in roots.items()
    }

    content = roots["content.xml"]
    styles = roots["styles.xml"]
    out["autoStyles"] = styles_of(content.find(q("office:automatic-styles")))
    out["styles"] = styles_of(styles.find(q("office:styles")))
    out["listStyles"] = list_styles(styles.find(q("office:styles")))
    default = styles.find(q("office:styles")).find(q("style:default-style"))
    out["defaultText"] = {
        k.split("}")[1]: v for k, v in default.find(q("style:text-properties")).attrib.items()
    }

    paragraphs, tables, links, frames, bookmarks = [], [], [], [], []
    toc = {"sourceStyles": [], "count": 0}

    def walk(el, ctx):
        if el.tag in (q("text:p"), q("text:h")):
            rec = {
                "tag": el.tag.split("}")[1],
                "text": text_of(el),
                "style": el.get(q("text:style-name")),
                "outlineLevel": el.get(q("text:outline-level")),
                "toc": ctx["toc"],
                "tocTitle": ctx["tocTitle"],
                "lists": ctx["lists"],
                "startValue": ctx["startValue"],
                "cell": ctx["cell"],
                "headerCell": ctx["header"],
                "table": ctx["table"],
                "bookmarks": [b.get(q("text:name")) for b in el.iter(q("text:bookmark"))],
            }
            paragraphs.append(rec)
            bookmarks.extend(rec["bookmarks"])
            for a in el.iter(q("text:a")):
                links.append({"href": a.get(q("xlink:href")), "text": text_of(a), "toc": ctx["toc"]})
            for f in el.iter(q("draw:frame")):
                img = f.find(q("draw:image"))
                title, desc = f.find(q("svg:title")), f.find(q("svg:desc"))
                frames.append({
                    "width": f.get(q("svg:width")),
                    "height": f.get(q("svg:height")),
                    "anchor": f.get(q("text:anchor-type")),
                    "href": img.get(q("xlink:href")) if img is not None else None,
                    "title": title.text if title is not None else None,
                    "desc": desc.text if desc is not None else None,
                    "table": ctx["table"],
                })
            return
        sub = dict(ctx)
        if el.tag == q("text:table-of-content"):
            toc["count"] += 1
            sub["toc"] = True
            for s in el.iter(q("text:index-source-style")):
                toc["sourceStyles"].append(s.get(q("text:style-name")))
        elif el.tag == q("text:index-title"):
            sub["tocTitle"] = True
        elif el.tag == q("text:list"):
            sub["lists"] = ctx["lists"] + [el.get(q("text:style-name"))]
            sub["startValue"] = None
        elif el.tag == q("text:list-item"):
            sub["startValue"] = el.get(q("text:start-value"))
        elif el.tag == q("table:table-header-rows"):
            sub["header"] = True
        elif el.tag == q("table:table-cell"):
            sub["cell"] = True
        elif el.tag == q("table:table"):
            sub["table"] = el.get(q("table:name"))
            sub["header"] = False
            header = el.find(q("table:table-header-rows"))
            rows = list(el.iter(q("table:table-row")))
            direct = [r for r in el.findall(q("table:table-row"))]
            if header is not None:
                direct = header.findall(q("table:table-row")) + direct
            desc = el.find(q("table:desc"))
            tables.append({
                "name": el.get(q("table:name")),
                "style": el.get(q("table:style-name")),
                "columns": [c.get(q("table:style-name")) for c in el.findall(q("table:table-column"))],
                "headerRows": len(header.findall(q("table:table-row"))) if header is not None else 0,
                "rows": len(direct),
                "cellsPerRow": [len(r.findall(q("table:table-cell"))) for r in direct],
                "rowStyles": [r.get(q("table:style-name")) for r in direct],
                "cellStyles": sorted({c.get(q("table:style-name")) for r in direct
                                      for c in r.findall(q("table:table-cell"))}),
                "desc": desc.text if desc is not None else None,
                "nestedRows": len(rows),
            })
        for c in el:
            walk(c, sub)

    body = content.find(q("office:body")).find(q("office:text"))
    walk(body, {"toc": False, "tocTitle": False, "lists": [], "startValue": None,
                "cell": False, "header": False, "table": None})
    out.update(paragraphs=paragraphs, tables=tables, links=links, frames=frames,
               bookmarks=bookmarks, toc=toc)

    manifest = roots["META-INF/manifest.xml"]
    out["manifest"] = {
        e.get(q("manifest:full-path")): e.get(q("manifest:media-type"))
        for e in manifest.findall(q("manifest:file-entry"))
    }

    meta = roots["meta.xml"].find(q("office:meta"))
    fields = {}
    for name in ("meta:generator", "dc:title", "dc:subject", "dc:creator",
                 "meta:initial-creator", "dc:language", "meta:creation-date"):
        el = meta.find(q(name))
        fields[name] = el.text if el is not None else None
    fields["user"] = {u.get(q("meta:name")): u.text for u in meta.findall(q("meta:user-defined"))}
    out["meta"] = fields

    master = styles.find(q("office:master-styles"))
    out["headerFooter"] = [text_of(p) for p in master.iter(q("text:p"))]
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
