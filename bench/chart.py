#!/usr/bin/env python3
"""Draws build time and peak memory against number of briefs, one line per generator, as SVG,
and prints the same numbers as a Markdown table (for BENCHMARKS.md).

    bench/chart.py bench/results.csv bench/build-time.svg

Reads the CSV bench/run.sh writes (briefs,generator,wall_s,peak_rss_mb; '#' lines are
comments). Log-log axes, so a line's slope shows how it scales. Standard library only."""
import csv, math, sys

COLOURS = {"briefing": "#1b6ac9", "briefing-plain": "#7fa9de", "hugo": "#d1495b", "eleventy": "#2a9d55",
           "jbake": "#8d6a9f", "jekyll": "#e09f3e", "briefing-in-place": "#0b3d7a", "hugo-in-place": "#8a1c2b"}
LABELS = {"briefing": "briefing (bin/briefing), new file system", "briefing-plain": "briefing (plain java -jar)",
          "hugo": "hugo, new file system", "briefing-in-place": "briefing, previous site in place",
          "hugo-in-place": "hugo, previous site in place"}
# Dashed: not how the generator is meant to run (plain java -jar), or the rebuild case.
DASHED = {"briefing-plain": "5,4", "briefing-in-place": "2,3", "hugo-in-place": "2,3"}


def read(path):
    with open(path) as f:
        rows = [r for r in csv.DictReader(l for l in f if not l.startswith("#"))]
    series = {}
    for r in rows:
        series.setdefault(r["generator"], []).append((int(r["briefs"]), float(r["wall_s"]), float(r["peak_rss_mb"])))
    return {g: sorted(v) for g, v in series.items()}


def panel(series, idx, title, unit, x0, y0, w, h):
    xs = [p[0] for v in series.values() for p in v]
    ys = [p[idx] for v in series.values() for p in v]
    lx0, lx1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    if lx0 == lx1:
        lx1 += 1
    ly0, ly1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    if ly0 == ly1:
        ly1 += 1
    X = lambda v: x0 + (math.log10(v) - lx0) / (lx1 - lx0) * w
    Y = lambda v: y0 + h - (math.log10(v) - ly0) / (ly1 - ly0) * h
    out = [f'<text x="{x0 + w / 2}" y="{y0 - 12}" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>']
    for e in range(lx0, lx1 + 1):
        out.append(f'<line x1="{X(10 ** e):.1f}" y1="{y0}" x2="{X(10 ** e):.1f}" y2="{y0 + h}" stroke="#eee"/>')
        out.append(f'<text x="{X(10 ** e):.1f}" y="{y0 + h + 16}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(ly0, ly1 + 1):
        v = 10.0 ** e
        out.append(f'<line x1="{x0}" y1="{Y(v):.1f}" x2="{x0 + w}" y2="{Y(v):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{x0 - 6}" y="{Y(v) + 4:.1f}" text-anchor="end">{v:g} {unit}</text>')
    out.append(f'<text x="{x0 + w / 2}" y="{y0 + h + 34}" text-anchor="middle">briefs</text>')
    for g, pts in series.items():
        c = COLOURS.get(g, "#333")
        dash = f' stroke-dasharray="{DASHED[g]}"' if g in DASHED else ""
        path = " ".join(f"{X(p[0]):.1f},{Y(p[idx]):.1f}" for p in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"{dash}/>')
        for p in pts:
            out.append(f'<circle cx="{X(p[0]):.1f}" cy="{Y(p[idx]):.1f}" r="3" fill="{c}"/>')
    return out


def main(src, dst):
    series = read(src)
    W, H = 940, 440
    body = panel(series, 1, "Build time (wall, log-log)", "s", 70, 40, 340, 300)
    body += panel(series, 2, "Peak memory (RSS, log-log)", "MB", 530, 40, 340, 300)
    for i, g in enumerate(series):
        x = 70 + (i % 3) * 290
        y = 392 + (i // 3) * 18
        body.append(f'<rect x="{x}" y="{y - 9}" width="14" height="4" fill="{COLOURS.get(g, "#333")}"/>'
                    f'<text x="{x + 20}" y="{y - 4}">{LABELS.get(g, g)}</text>')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H + 20}" font-family="sans-serif" '
           f'font-size="12"><rect width="100%" height="100%" fill="white"/>\n' + "\n".join(body) + "\n</svg>\n")
    with open(dst, "w") as f:
        f.write(svg)
    sizes = sorted({p[0] for v in series.values() for p in v})
    print("| generator | " + " | ".join(f"{n:,} briefs" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for g, pts in series.items():
        by = {p[0]: p for p in pts}
        cells = [f"{by[n][1]:g} s, {by[n][2]:,.0f} MB" if n in by else "not run" for n in sizes]
        print(f"| {LABELS.get(g, g)} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
