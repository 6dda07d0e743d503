#!/usr/bin/env python3
"""Precision of each trigger word and kind of commitment on labelled pages.

Why: the tuning pool flatters every rule, because the rules were written from it. A trigger
that is right on pages nobody had read yet is the one to trust. Score each retired blind set
with the extractor it arrived to (its README names the commit), keep those predictions, and
compare a trigger's precision there with its precision on the tuning pool now.

Producing arrival predictions for a set (the README of heldout61 names 849a2f7, for example):

    git stash; git checkout -q 849a2f7 && swift build -c release --product muster
    mkdir -p /tmp/b849 && cp .build/release/muster /tmp/b849/ && cp -r .build/release/*.resources /tmp/b849/
    git checkout -q main; git stash pop
    for f in Tests/Fixtures/heldout6[1-4]/*.txt; do
      /tmp/b849/muster extract --format jsonl --explain "$f" > /tmp/u61/$(basename "$f" .txt).jsonl
    done

(The binary needs its own Muster_MusterExtract.resources beside it: the lexicon changes too.)

Usage:
    scripts/trigger-precision.py FEATURE MIN GOLD_DIR:PRED_DIR [GOLD_DIR:PRED_DIR ...]

FEATURE is one of status_word, status_phrase, category_word, status, category, actor_kind,
kind (status, category and actor kind together). Prints, lowest precision first, every value
seen at least MIN times: right/predicted and precision. A gold directory holds
*.gold.jsonl files; a prediction directory the matching *.jsonl from `muster extract --format
jsonl --explain`. Matching is the scorer's own (../shared/tools/score.py).
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools"))
import score  # noqa: E402

ORGANISATIONS = {"EU", "NATO", "G7", "UN", "IMF", "EIB", "EBRD", "OSCE"}


def load(path):
    with open(path) as f:
        return [x for x in (json.loads(line) for line in f if line.strip()) if x["type"] == "commitment"]


def features(claim):
    explain = claim.get("explain") or {}
    status = (explain.get("status") or "").lower()
    category = (explain.get("category") or "").lower()
    kind = "GROUP" if claim["actor"] == "GROUP" else ("ORG" if claim["actor"] in ORGANISATIONS else "STATE")
    return {
        "status_word": status.split()[-1] if status else "-",
        "status_phrase": status or "-",
        "category_word": category.split()[-1] if category else "-",
        "status": claim["status"],
        "category": claim["category"],
        "actor_kind": kind,
        "kind": f'{claim["status"]} {claim["category"]} {kind}',
    }


def tally(gold_dir, pred_dir, feature, counts):
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.jsonl"):
            continue
        doc = name[: -len(".gold.jsonl")]
        pred_path = os.path.join(pred_dir, doc + ".jsonl")
        if not os.path.exists(pred_path):
            sys.exit(f"{pred_path}: missing; expected one prediction file per gold file")
        gold, predicted = load(os.path.join(gold_dir, name)), load(pred_path)
        matched = {id(p) for _, p in score.match_multiset(gold, predicted, score.commitment_key)}
        for claim in predicted:
            value = features(claim)[feature]
            counts[value][0] += id(claim) in matched
            counts[value][1] += 1


def main():
    if len(sys.argv) < 4 or ":" not in sys.argv[3]:
        sys.exit(__doc__)
    feature, minimum = sys.argv[1], int(sys.argv[2])
    counts = collections.defaultdict(lambda: [0, 0])
    for pair in sys.argv[3:]:
        gold_dir, pred_dir = pair.split(":", 1)
        tally(gold_dir, pred_dir, feature, counts)
    right = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    print(f"{total} predicted commitments, precision {right / max(1, total):.3f}")
    for value, (r, n) in sorted(counts.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        if n >= minimum:
            print(f"  {value:<36} {r:4d}/{n:<4d} P={r / n:.2f}")


if __name__ == "__main__":
    main()
