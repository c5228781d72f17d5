#!/usr/bin/env python3
"""Writes a synthetic site in briefing's own format: N briefs and the threat-landscape data they
link to, so that a build exercises every page kind, the link graph, citations, tags, feeds, the
search index and the link gate. Deterministic: the same N always gives the same files.

    bench/corpus.py N DIR      # writes DIR/content/{site.yaml,briefs/,data/}

Used by bench/build.sh and bench/preview.sh. (bench/run.sh, which compares generators, lays out
the shared corpus of ../shared/bench instead, so every generator gets the same briefs.)
"""
import datetime
import os
import random
import sys

WORDS = ("crowd venue guard report sign plan door staff watch alert event public place risk "
         "threat team local state county group safe help call check route exit drill share "
         "notice review train learn vote poll school store clinic church park hall").split()
TAGS = ["elections", "schools", "worship", "retail", "health", "events", "transit", "reporting"]
THREATS = ["lone-offender", "vehicle-ramming", "arson", "armed-assault", "threat-letters", "doxxing",
           "swatting", "drone-misuse", "insider", "hoax-device", "harassment", "sabotage"]
TARGETS = ["polling-places", "schools", "houses-of-worship", "stores", "clinics", "stadiums",
           "parks", "transit-hubs", "offices", "festivals", "libraries", "courthouses"]
TERMS = ["soft-target", "leakage", "pathway", "bystander", "grievance", "fixation", "mobilisation",
         "threat-assessment", "see-say", "hardening"]
SOURCES = [f"source-{i:02d}" for i in range(20)]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, links):
    parts = [sentence(rng, rng.randint(8, 14)) for _ in range(4)]
    for link in links:
        i = rng.randrange(len(parts))
        parts[i] = parts[i][:-1] + f" ({link})."
    return " ".join(parts)


def data(content):
    rng = random.Random(7)
    os.makedirs(os.path.join(content, "data"), exist_ok=True)

    def write(name, entries):
        with open(os.path.join(content, "data", name + ".yaml"), "w", encoding="utf-8") as f:
            f.write("".join(entries))

    write("sources", [f"- id: {s}\n  title: \"Report {i} on public safety\"\n  publisher: \"Agency {i % 5}\"\n"
                      f"  date: 2023-0{1 + i % 9}-15\n  url: https://example.org/reports/{i}\n  accessed: 2024-01-10\n"
                      for i, s in enumerate(SOURCES)])
    write("targets", [f"- id: {t}\n  name: \"{t.replace('-', ' ').capitalize()}\"\n  summary: \"{sentence(rng, 8)}\"\n"
                      f"  sources: [{SOURCES[i]}]\n" for i, t in enumerate(TARGETS)])
    write("threats", [f"- id: {t}\n  name: \"{t.replace('-', ' ').capitalize()}\"\n  summary: \"{sentence(rng, 8)}\"\n"
                      f"  targets: [{TARGETS[i]}, {TARGETS[(i + 5) % len(TARGETS)]}]\n  sources: [{SOURCES[i + 1]}]\n"
                      f"  body: |\n    {paragraph(rng, ['[[cite:' + SOURCES[i + 1] + ']]'])}\n"
                      for i, t in enumerate(THREATS)])
    write("glossary", [f"- id: {t}\n  name: \"{t.replace('-', ' ').capitalize()}\"\n  summary: \"{sentence(rng, 8)}\"\n"
                       for t in TERMS])


def brief(rng, n, total):
    day = datetime.date(2016, 1, 1) + datetime.timedelta(days=(n * 3653) // max(total, 1))
    threat = THREATS[n % len(THREATS)]
    targets = sorted({TARGETS[n % len(TARGETS)], TARGETS[(n * 7) % len(TARGETS)]})
    sources = sorted({SOURCES[n % len(SOURCES)], SOURCES[(n * 3) % len(SOURCES)]})
    tags = sorted({TAGS[n % len(TAGS)], TAGS[(n // 3) % len(TAGS)]})
    previous = f"[[brief:brief-{n - 1:05d}]]" if n > 0 else "[[threat:" + threat + "]]"
    table = "| Place | Level | Note |\n|---|---|---|\n" + "".join(
        f"| {rng.choice(WORDS)} | {rng.randint(1, 5)} | {sentence(rng, 4)} |\n" for _ in range(3))
    items = "".join(f"- {sentence(rng, 6)}\n" for _ in range(4))
    return (f"---\ntitle: \"Brief {n:05d}: {sentence(rng, 4)[:-1]}\"\ndate: {day}\n"
            f"summary: \"{sentence(rng, 9)}\"\ntags: [{', '.join(tags)}]\nthreats: [{threat}]\n"
            f"targets: [{', '.join(targets)}]\nsources: [{', '.join(sources)}]\n"
            f"advice: [Signs to watch for, What you can do]\n---\n\n"
            f"## Summary\n\n{paragraph(rng, ['[[threat:' + threat + ']]', '[[cite:' + sources[0] + ']]'])}\n\n"
            f"## Details\n\n{paragraph(rng, ['[[term:' + TERMS[n % len(TERMS)] + ']]', '[[cite:' + sources[-1] + ']]'])}\n\n"
            f"{paragraph(rng, [previous, '[[cite:' + sources[0] + ']]'])}\n\n## Signs to watch for\n\n{items}\n{table}\n"
            f"## What you can do\n\n{paragraph(rng, ['[[target:' + targets[0] + ']]'])} "
            f"See *the* **plan** and [how to report](/briefs/brief-{n:05d}/#section-what-you-can-do).\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: corpus.py N DIR")
    total, content = int(sys.argv[1]), os.path.join(sys.argv[2], "content")
    os.makedirs(os.path.join(content, "briefs"), exist_ok=True)
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: \"Synthetic briefing\"\nbase_url: \"https://briefing-bench.org/\"\n"
                "publisher: {name: \"Bench publisher\"}\ncontact: {email: \"editors@briefing-bench.org\"}\n")
    data(content)
    rng = random.Random(total)
    for n in range(total):
        with open(os.path.join(content, "briefs", f"brief-{n:05d}.md"), "w", encoding="utf-8") as f:
            f.write(brief(rng, n, total))


if __name__ == "__main__":
    main()
