#!/usr/bin/env python3
"""Regenerate Sources/MusterExtract/Resources/{states,currencies}.json from Debian's iso-codes.

The build must not need the iso-codes package, so its data is copied here in a compact form:
states as {"code", "names"} (short, common and official names without the "X, Republic of"
inversions), currencies as ISO 4217 codes. Hand-curated aliases live in actors.json.
Usage: python3 scripts/make-reference-resources.py [/usr/share/iso-codes/json]
"""
import json
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "MusterExtract", "Resources")

states = []
for entry in json.load(open(os.path.join(src, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
    names = []
    for key in ("name", "common_name", "official_name"):
        name = entry.get(key)
        if not name or "," in name:  # "Korea, Republic of" is an index form, not running text
            continue
        if name.startswith("the "):
            name = name[4:]
        if name not in names:
            names.append(name)
    states.append({"code": entry["alpha_2"], "names": names})

currencies = sorted(e["alpha_3"] for e in json.load(open(os.path.join(src, "iso_4217.json"), encoding="utf-8"))["4217"])

with open(os.path.join(out, "states.json"), "w", encoding="utf-8") as f:
    f.write("[\n" + ",\n".join(json.dumps(s, ensure_ascii=False) for s in states) + "\n]\n")
with open(os.path.join(out, "currencies.json"), "w", encoding="utf-8") as f:
    json.dump(currencies, f)
    f.write("\n")
print(f"{len(states)} states, {len(currencies)} currencies")
