#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Build resources/geo/nl-gemeenten-2012.json, the municipality map the app bundles.

Input: data/geo/source/gemeente_2012.topojson, the CBS/PDOK generalised municipality boundaries
of 2012 (CC BY 4.0) as published in https://github.com/cartomap/nl (wgs84/gemeente_2012.topojson,
commit 10e524b4348439e7d022bef107fa5cb000120449), and data/geo/source/nl-provinces.geojson (only
to find each municipality's province, checked against the 2012 counts below).

What it does, in order:
  1. decodes the TopoJSON arcs (integers on the source's 0.001 degree grid) and drops the
     arcs no municipality uses;
  2. simplifies every ARC once (Douglas-Peucker in a locally true-to-scale plane, end points
     fixed), so two neighbours keep exactly the same border: no gaps, no overlaps. An arc whose
     simplification would break a ring (too little area left, a ring crossing itself, two arcs
     crossing) is simplified less, down to not at all. The default tolerance is 0: the source is
     already simplified along shared arcs by its publisher (mapshaper, 10 %, 0.001 degree grid;
     4,454 points for 415 municipalities, no inner point closer than ~270 m to the line through
     its neighbours), so 140 m removes nothing and 550 m (7 % fewer points) visibly bends
     borders. Kept for a finer source: --tolerance 0.00125;
  3. gives every municipality its province and an anchor point (a point well inside it, for a
     marker), and cleans the one name CBS spells oddly in 2012;
  4. writes TopoJSON again in a compacter form (see 'format' in the output: same grid, shared
     delta-encoded arcs, each arc one string of integers, which loads several times faster in
     the app than thousands of small JSON arrays; ring orientation normalised) with the mergers
     of 1 January 2013 that the knowledge base uses (a region listed with the 2013
     municipalities is drawn from their 2012 parts).

Standard library only. Run from anywhere:  python3 data/geo/make_gemeenten_2012.py [--check]
(--check: build in memory and compare with the committed file; exit 1 if it differs).
"""

import argparse
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, 'data', 'geo', 'source', 'gemeente_2012.topojson')
PROVINCES = os.path.join(ROOT, 'data', 'geo', 'source', 'nl-provinces.geojson')
OUTPUT = os.path.join(ROOT, 'resources', 'geo', 'nl-gemeenten-2012.json')

# Douglas-Peucker tolerance in degrees of latitude (x scaled by cos 52 degrees); see step 2.
TOLERANCE = 0.0
# A ring must keep this share of its area (and at least 4 points) or its arcs are simplified less.
MIN_AREA_RATIO = 0.85

XSCALE = math.cos(math.radians(52.0))

# Municipalities per province on 1 January 2012 (CBS): 415 in all.
PROVINCE_COUNTS = {
    'Groningen': 23, 'Friesland': 27, 'Drenthe': 12, 'Overijssel': 25, 'Flevoland': 6,
    'Gelderland': 56, 'Utrecht': 26, 'Noord-Holland': 55, 'Zuid-Holland': 72, 'Zeeland': 13,
    'Noord-Brabant': 67, 'Limburg': 33,
}
# Where the coarse province polygons put a municipality's anchor on the wrong side of a border.
PROVINCE_OVERRIDES = {'GM0620': 'Utrecht'}  # Vianen (Utrecht since 2002)

# CBS writes a full stop where the municipality's name has a comma.
NAME_FIXES = {'GM0820': 'Nuenen, Gerwen en Nederwetten'}

# Municipalities formed on 1 January 2013 from 2012 ones (CBS, gemeentelijke indeling 2013).
MERGERS_2013 = {
    'GM0441': ['GM0441', 'GM0395', 'GM0476'],            # Schagen = Schagen, Harenkarspel, Zijpe
    'GM1924': ['GM0504', 'GM0511', 'GM0559', 'GM0580'],  # Goeree-Overflakkee
    'GM1927': ['GM0693', 'GM0694', 'GM0571'],            # Molenwaard
}


def decode_arcs(topo):
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def plane(transform):
    """Source grid integers -> a plane where distances are true to scale (degrees of latitude)."""
    sx, sy = transform['scale']
    tx, ty = transform['translate']
    return lambda p: ((p[0] * sx + tx) * XSCALE, p[1] * sy + ty)


def lonlat(transform, p):
    sx, sy = transform['scale']
    tx, ty = transform['translate']
    return (p[0] * sx + tx, p[1] * sy + ty)


def segment_distance(p, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(p[0] - ax, p[1] - ay)
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def douglas_peucker(points, tolerance, to_plane):
    if len(points) <= 2 or tolerance <= 0:
        return list(points)
    projected = [to_plane(p) for p in points]
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, best_index = -1.0, -1
        for i in range(first + 1, last):
            d = segment_distance(projected[i], projected[first], projected[last])
            if d > best:
                best, best_index = d, i
        if best_index >= 0 and best > tolerance:
            keep[best_index] = True
            stack.append((first, best_index))
            stack.append((best_index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_arc(points, tolerance, to_plane):
    if points[0] == points[-1] and len(points) > 3:
        # A closed arc (an island): split at the point farthest from its start so both halves
        # keep their shape.
        start = to_plane(points[0])
        far = max(range(1, len(points) - 1),
                  key=lambda i: math.dist(start, to_plane(points[i])))
        a = douglas_peucker(points[:far + 1], tolerance, to_plane)
        b = douglas_peucker(points[far:], tolerance, to_plane)
        return a + b[1:]
    return douglas_peucker(points, tolerance, to_plane)


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def ring_points(arcs, ring):
    points = []
    for index in ring:
        part = arc_points(arcs, index)
        points.extend(part if not points else part[1:])
    return points


def signed_area(points, to_plane):
    projected = [to_plane(p) for p in points]
    area = 0.0
    for (x1, y1), (x2, y2) in zip(projected, projected[1:]):
        area += x1 * y2 - x2 * y1
    return area / 2.0


def segments_cross(p1, p2, p3, p4):
    """Proper crossing or overlap of two segments that do not merely share an end point."""
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on_segment(a, b, c):
        return (min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and
                min(a[1], b[1]) <= c[1] <= max(a[1], b[1]))

    shared = {p1, p2} & {p3, p4}
    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if shared:
        # Touching at a shared end point is how rings are made; only a collinear overlap counts.
        if len(shared) == 2:
            return False
        if o1 == 0 and o2 == 0:
            other = [p for p in (p3, p4) if p not in shared][0]
            other2 = [p for p in (p1, p2) if p not in shared][0]
            return on_segment(p1, p2, other) or on_segment(p3, p4, other2)
        return False
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and on_segment(p1, p2, p3):
        return True
    if o2 == 0 and on_segment(p1, p2, p4):
        return True
    if o3 == 0 and on_segment(p3, p4, p1):
        return True
    if o4 == 0 and on_segment(p3, p4, p2):
        return True
    return False


def crossing_arcs(arcs, cell=40):
    """Pairs (or single arcs) whose segments cross: a grid of cells over the integer grid."""
    buckets = {}
    segments = []
    for a, points in enumerate(arcs):
        if points is None:
            continue
        for i in range(len(points) - 1):
            p, q = points[i], points[i + 1]
            s = len(segments)
            segments.append((a, i, p, q))
            for cx in range(min(p[0], q[0]) // cell, max(p[0], q[0]) // cell + 1):
                for cy in range(min(p[1], q[1]) // cell, max(p[1], q[1]) // cell + 1):
                    buckets.setdefault((cx, cy), []).append(s)
    bad = set()
    seen = set()
    for members in buckets.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                s, t = members[i], members[j]
                if (s, t) in seen:
                    continue
                seen.add((s, t))
                a, ia, p1, p2 = segments[s]
                b, ib, p3, p4 = segments[t]
                if a == b and abs(ia - ib) <= 1:
                    continue  # neighbouring segments of one arc share a point by construction
                if segments_cross(p1, p2, p3, p4):
                    bad.add(a)
                    bad.add(b)
    return bad


def point_in_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xc > x:
                inside = not inside
    return inside


def anchor(polygons, to_plane):
    """A point far from the border inside the largest part (a coarse pole of inaccessibility)."""
    def area(poly):
        return abs(signed_area(poly[0], to_plane))
    rings = max(polygons, key=area)
    projected = [[to_plane(p) for p in ring] for ring in rings]
    xs = [p[0] for p in projected[0]]
    ys = [p[1] for p in projected[0]]

    def inside(x, y):
        return sum(point_in_ring(x, y, r) for r in projected) % 2 == 1

    def clearance(x, y):
        return min(segment_distance((x, y), a, b)
                   for r in projected for a, b in zip(r, r[1:]))

    best = None
    steps = 24
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if inside(x, y):
                c = clearance(x, y)
                if best is None or c > best[0]:
                    best = (c, x, y)
    if best is None:  # a sliver: its first vertex will do
        best = (0.0, xs[0], ys[0])
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / steps
    c, x, y = best
    while step > 1e-5:  # refine around the best point
        improved = False
        for dx, dy in ((step, 0), (-step, 0), (0, step), (0, -step),
                       (step, step), (-step, -step), (step, -step), (-step, step)):
            nx, ny = x + dx, y + dy
            if inside(nx, ny):
                nc = clearance(nx, ny)
                if nc > c:
                    c, x, y, improved = nc, nx, ny, True
        if not improved:
            step /= 2
    return x / XSCALE, y


def load_provinces():
    with open(PROVINCES, encoding='utf-8') as f:
        data = json.load(f)
    provinces = []
    for feature in data['features']:
        if feature['properties'].get('kind') != 'province':
            continue
        geometry = feature['geometry']
        polygons = (geometry['coordinates'] if geometry['type'] == 'MultiPolygon'
                    else [geometry['coordinates']])
        provinces.append((feature['properties']['name'], polygons))
    return provinces


def province_of(lon, lat, provinces):
    for name, polygons in provinces:
        for polygon in polygons:
            if sum(point_in_ring(lon, lat, [tuple(p) for p in ring]) for ring in polygon) % 2:
                return name
    # The coarse province outline misses some of the coast: take the nearest province.
    best = None
    for name, polygons in provinces:
        for polygon in polygons:
            ring = [tuple(p) for p in polygon[0]]
            d = min(segment_distance((lon * XSCALE, lat), (a[0] * XSCALE, a[1]),
                                     (b[0] * XSCALE, b[1])) for a, b in zip(ring, ring[1:]))
            if best is None or d < best[0]:
                best = (d, name)
    return best[1]


def build(tolerance_default=TOLERANCE):
    with open(SOURCE, encoding='utf-8') as f:
        topo = json.load(f)
    transform = topo['transform']
    to_plane = plane(transform)
    source_arcs = decode_arcs(topo)
    geometries = topo['objects']['gemeente_2012']['geometries']

    # Polygons as lists of rings of arc indices, whatever the geometry type.
    features = []
    for g in geometries:
        polygons = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
        p = g['properties']
        features.append({'code': p['statcode'], 'name': NAME_FIXES.get(p['statcode'], p['statnaam']),
                         'polygons': polygons})

    used = sorted({i if i >= 0 else ~i for f in features for poly in f['polygons']
                   for ring in poly for i in ring})
    renumber = {old: new for new, old in enumerate(used)}
    arcs = [source_arcs[i] for i in used]
    for f in features:
        f['polygons'] = [[[renumber[i] if i >= 0 else ~renumber[~i] for i in ring]
                          for ring in poly] for poly in f['polygons']]

    rings = [ring for f in features for poly in f['polygons'] for ring in poly]
    ring_of_arc = {}
    for r, ring in enumerate(rings):
        for i in ring:
            ring_of_arc.setdefault(i if i >= 0 else ~i, set()).add(r)
    source_areas = [signed_area(ring_points(arcs, ring), to_plane) for ring in rings]

    # Every arc starts at the full tolerance; arcs of a ring that breaks get less, until none
    # breaks (zero tolerance is the source itself, which is valid).
    tolerance = [tolerance_default] * len(arcs)
    for _ in range(12):
        simplified = [simplify_arc(a, t, to_plane) for a, t in zip(arcs, tolerance)]
        weak = set()
        for r, ring in enumerate(rings):
            points = ring_points(simplified, ring)
            area = signed_area(points, to_plane)
            if (len(points) < 4 or area * source_areas[r] <= 0 or
                    abs(area) < MIN_AREA_RATIO * abs(source_areas[r])):
                weak.update(i if i >= 0 else ~i for i in ring)
        weak |= crossing_arcs(simplified)
        weak = {a for a in weak if tolerance[a] > 0}
        if not weak:
            break
        for a in weak:
            tolerance[a] = tolerance[a] / 2 if tolerance[a] > tolerance_default / 16 else 0.0
    else:
        sys.exit('vereenvoudiging blijft ringen breken')

    # Outer rings counter-clockwise in lon/lat (y up), holes clockwise: one orientation, so a
    # region drawn as one path with the non-zero rule has no seams and keeps holes as holes.
    for f in features:
        oriented = []
        for poly in f['polygons']:
            new_poly = []
            for k, ring in enumerate(poly):
                area = signed_area(ring_points(simplified, ring), to_plane)
                want_positive = k == 0
                if (area > 0) != want_positive:
                    ring = [~i for i in reversed(ring)]
                new_poly.append(ring)
            oriented.append(new_poly)
        f['polygons'] = oriented

    provinces = load_provinces()
    counts = {}
    for f in features:
        polygons = [[ring_points(simplified, ring) for ring in poly] for poly in f['polygons']]
        alon, alat = anchor(polygons, to_plane)
        sx, sy = transform['scale']
        tx, ty = transform['translate']
        f['anchor'] = [round((alon - tx) / sx), round((alat - ty) / sy)]
        f['province'] = PROVINCE_OVERRIDES.get(f['code']) or province_of(alon, alat, provinces)
        counts[f['province']] = counts.get(f['province'], 0) + 1
    if counts != PROVINCE_COUNTS:
        for name in sorted(set(counts) | set(PROVINCE_COUNTS)):
            if counts.get(name) != PROVINCE_COUNTS.get(name):
                print(f'{name}: {counts.get(name)} gevonden, {PROVINCE_COUNTS.get(name)} verwacht',
                      file=sys.stderr)
        sys.exit('gemeenten per provincie kloppen niet met 2012')

    points_before = sum(len(a) for a in arcs)
    points_after = sum(len(a) for a in simplified)

    def encode(points):
        out = [list(points[0])]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            out.append([x1 - x0, y1 - y0])
        return out

    output = {
        'about': ('Gemeenten van Nederland op 1 januari 2012 (CBS/PDOK, gegeneraliseerd, CC BY 4.0; '
                  'via github.com/cartomap/nl), gemaakt door data/geo/make_gemeenten_2012.py; '
                  'zie data/geo/ATTRIBUTION.md.'),
        'format': ('TopoJSON, compacter: elke boog is een tekst "x0 y0 dx dy dx dy ..." van gehele '
                   'getallen op het raster van transform (lon = x * scale + translate); een '
                   'gemeente is [code, naam, provincie, anker-x, anker-y, ringen], een ring een '
                   'lijst boognummers (negatief ~i: boog i omgekeerd), buitenringen tegen de klok '
                   'in, gaten met de klok mee.'),
        'transform': transform,
        'mergers': {'2013': MERGERS_2013},
        'municipalities': [
            [f['code'], f['name'], f['province'], f['anchor'][0], f['anchor'][1],
             [ring for poly in f['polygons'] for ring in poly]]
            for f in sorted(features, key=lambda f: f['code'])],
        'arcs': [' '.join(str(v) for point in encode(a) for v in point) for a in simplified],
    }
    # One municipality and one arc per line: readable diffs when the data changes.
    def dump(value):
        return json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    lines = ['{' + ','.join(f'{dump(k)}:{dump(output[k])}'
                            for k in ('about', 'format', 'transform', 'mergers')) + ',']
    lines.append('"municipalities":[')
    lines.append(',\n'.join(dump(m) for m in output['municipalities']) + '],')
    lines.append('"arcs":[')
    lines.append(',\n'.join(dump(a) for a in output['arcs']) + ']}')
    text = '\n'.join(lines)
    assert json.loads(text) == output
    stats = {'municipalities': len(features), 'arcs': len(arcs), 'points_before': points_before,
             'points_after': points_after, 'bytes': len(text.encode('utf-8')) + 1,
             'less_simplified_arcs': sum(1 for t in tolerance if t < tolerance_default)}
    return text + '\n', stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true',
                        help='compare with the committed file instead of writing it')
    parser.add_argument('--tolerance', type=float, default=TOLERANCE,
                        help='Douglas-Peucker tolerance in degrees of latitude (default 0)')
    parser.add_argument('--out', default=OUTPUT, help='where to write (default: the resource)')
    args = parser.parse_args()
    text, stats = build(args.tolerance)
    print(', '.join(f'{k} {v}' for k, v in stats.items()))
    if args.check:
        with open(args.out, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit(f'{args.out} is niet wat dit script maakt')
        return
    tmp = args.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, args.out)


if __name__ == '__main__':
    main()
