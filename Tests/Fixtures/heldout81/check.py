#!/usr/bin/env python3
"""Format check for this set: JSON lines, key order as in shared/corpus/dev, verbatim quotes,
one commitment per (actor, actor_count, category, status) in a document, body text taken from the page."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.environ.get("DEV", "/work/shared/corpus/dev")

def orders(folder):
    seen = {}
    for f in glob.glob(os.path.join(folder, "*.gold.jsonl")):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                seen.setdefault(d["type"], set()).add(tuple(d))
    return seen

dev = orders(DEV)
problems = []
for f in sorted(glob.glob(os.path.join(HERE, "*.gold.jsonl"))):
    doc_id = os.path.basename(f)[:-len(".gold.jsonl")]
    raw = open(os.path.join(HERE, doc_id + ".txt"), encoding="utf-8").read()
    recs = []
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{doc_id}:{n}: not JSON ({e})")
    if not recs or recs[0].get("type") != "document":
        problems.append(f"{doc_id}: first record is not the document"); continue
    text = recs[0]["text"]
    if recs[0]["id"] != doc_id:
        problems.append(f"{doc_id}: id mismatch")
    for para in text.split("\n"):
        if para and para not in raw:
            problems.append(f"{doc_id}: body line not in page: {para[:60]}")
    if recs[0]["title"] and recs[0]["title"] in text:
        problems.append(f"{doc_id}: title inside text")
    keys = set()
    for r in recs:
        if tuple(r) not in dev.get(r["type"], {tuple(r)}):
            problems.append(f"{doc_id}: key order {tuple(r)} differs from dev for {r['type']}")
        if r["type"] == "document":
            continue
        if r["quote"] not in text:
            problems.append(f"{doc_id}: quote not in text: {r['quote'][:60]}")
        if r["type"] == "commitment":
            if r["actor_count"] is not None and r["actor"] != "GROUP":
                problems.append(f"{doc_id}: actor_count on non-GROUP")
            k = (r["actor"], r["actor_count"], r["category"], r["status"])
            if k in keys:
                problems.append(f"{doc_id}: duplicate claim {k}")
            keys.add(k)
            if r["condition"] and r["condition"] not in text:
                problems.append(f"{doc_id}: condition not in text")
print("\n".join(problems) if problems else f"ok: {len(glob.glob(os.path.join(HERE, '*.gold.jsonl')))} documents")
sys.exit(1 if problems else 0)
