#!/usr/bin/env python3
"""Learns the claim model (Sources/MusterExtract/Resources/claim-model.json) from the labelled sets.

For every page of the training sets it asks the extractor for its candidate commitments
(`muster extract --candidates`: a party, a category and a status word a sentence names, with the
words around them and whether the rules gave that commitment), labels each candidate by whether the
page's gold labels hold its key (actor, count, category, status), and fits a logistic model with L2
over the features. The extractor gives each commitment the best score among its candidates as its
confidence; the review queue shows the least confident first. The model never adds or drops a claim.

    swift build -c release --product muster
    python3 scripts/train-claim-model.py            # train on Tests/Fixtures/heldout*, write the model
    python3 scripts/train-claim-model.py --cv 5     # also print what the score tells, by 5-fold cross-validation

Needs numpy. The blind sets (Tests/Fixtures/blind*) are never read: they measure the extractor.
Deterministic: the same pages and extractor give the same weights.
"""
import argparse
import collections
import concurrent.futures
import glob
import json
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def gold_keys(path):
    keys = collections.Counter()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON ({error})")
            if record.get("type") != "commitment":
                continue
            actor = record["actor"]
            count = record.get("actor_count") if actor == "GROUP" else None
            keys[f"{actor}|{count if count is not None else -1}|{record['category']}|{record['status']}"] += 1
    return keys


def candidates(muster, text_path):
    result = subprocess.run([muster, "extract", "--candidates", text_path], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{text_path}: muster extract --candidates failed: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def load(muster, folders):
    pages = [p for folder in folders for p in sorted(glob.glob(os.path.join(folder, "*.txt")))]
    pages = [p for p in pages if os.path.exists(p[:-4] + ".gold.jsonl")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rows = list(pool.map(lambda p: candidates(muster, p), pages))
    return [(page, gold_keys(page[:-4] + ".gold.jsonl"), found) for page, found in zip(pages, rows)]


def vocabulary(docs, min_count=2):
    counts = collections.Counter(f for _, _, rows in docs for row in rows for f in row["f"])
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def design(docs, vocab):
    index, start, labels, keys = [], [0], [], []
    for d, (_, gold, rows) in enumerate(docs):
        for row in rows:
            index += [vocab[f] for f in row["f"] if f in vocab]
            start.append(len(index))
            labels.append(1.0 if gold[row["key"]] > 0 else 0.0)
            keys.append((d, row["key"], "r" in row["f"]))
    return np.array(index, dtype=np.int64), np.array(start), np.array(labels), keys


def scores(weights, index, start):
    sums = np.zeros(len(start) - 1)
    filled = start[1:] > start[:-1]
    if len(index):
        sums[filled] = np.add.reduceat(weights[index], start[:-1][filled])
    return sums


def fit(index, start, labels, size, l2, iterations=300, rate=0.05):
    """Full-batch Adam on the mean log loss plus L2: deterministic from zero weights."""
    weights, m, v = np.zeros(size), np.zeros(size), np.zeros(size)
    row = np.repeat(np.arange(len(start) - 1), np.diff(start))
    for t in range(1, iterations + 1):
        p = 1 / (1 + np.exp(-scores(weights, index, start)))
        gradient = np.zeros(size)
        np.add.at(gradient, index, (p - labels)[row])
        gradient = (gradient + l2 * weights) * 100 / len(labels)
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient * gradient
        weights -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return weights



def ranking(docs, keys, probability):
    """How the score sorts the rules' commitments: the share of wrong ones in each quarter, least confident first."""
    best = {}
    for (d, key, ruled), p in zip(keys, probability):
        if ruled:
            best[(d, key)] = max(best.get((d, key), 0.0), p)
    rows = sorted(best.items(), key=lambda item: item[1])
    quarters = []
    for q in range(4):
        part = rows[q * len(rows) // 4:(q + 1) * len(rows) // 4]
        wrong = sum(1 for (d, key), _ in part if docs[d][1][key] == 0)
        quarters.append((len(part), wrong))
    return quarters


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--muster", default=os.path.join(ROOT, ".build/release/muster"))
    parser.add_argument("--sets", nargs="+", default=[os.path.join(ROOT, "Tests/Fixtures/heldout*")],
                        help="globs of the training folders (never the blind sets)")
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources/MusterExtract/Resources/claim-model.json"))
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--cv", type=int, default=0, help="print a K-fold cross-validation by page first")
    args = parser.parse_args()

    folders = sorted({f for pattern in args.sets for f in glob.glob(pattern) if os.path.isdir(f) and "blind" not in os.path.basename(f)})
    if not folders:
        sys.exit(f"no training folders match {args.sets}")
    if not os.access(args.muster, os.X_OK):
        sys.exit(f"{args.muster}: not found; build it first (swift build -c release --product muster)")
    docs = load(args.muster, folders)
    print(f"{len(docs)} pages from {len(folders)} sets, {sum(len(r) for _, _, r in docs)} candidates", file=sys.stderr)

    if args.cv > 1:
        totals = [[0, 0] for _ in range(4)]
        for k in range(args.cv):
            train = [d for i, d in enumerate(docs) if i % args.cv != k]
            test = [d for i, d in enumerate(docs) if i % args.cv == k]
            vocab = vocabulary(train)
            index, start, labels, _ = design(train, vocab)
            weights = fit(index, start, labels, len(vocab), args.l2)
            t_index, t_start, _, t_keys = design(test, vocab)
            p = 1 / (1 + np.exp(-scores(weights, t_index, t_start)))
            for q, (n, wrong) in enumerate(ranking(test, t_keys, p)):
                totals[q][0] += n
                totals[q][1] += wrong
        shares = ", ".join(f"{wrong / max(1, n):.0%} of {n}" for n, wrong in totals)
        print(f"{args.cv}-fold: wrong commitments per quarter, least confident first: {shares}", file=sys.stderr)

    vocab = vocabulary(docs)
    index, start, labels, _ = design(docs, vocab)
    weights = fit(index, start, labels, len(vocab), args.l2)
    kept = {f: round(float(weights[i]), 4) for f, i in vocab.items() if abs(weights[i]) >= 1e-4}
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"trainedOn": f"{len(docs)} pages in {len(folders)} labelled sets", "weights": dict(sorted(kept.items()))},
                  handle, ensure_ascii=False, indent=0, sort_keys=False)
        handle.write("\n")
    print(f"wrote {args.out}: {len(kept)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
