#!/usr/bin/env python3
"""Regenerate Sources/MusterExtract/Resources/leaders.json from the Wikidata leaders table.

The table (../shared/data/wikidata/leaders_history.csv) is raw: Portuguese monarch names, rows
without dates, duplicated terms, a few fictional holders. This keeps heads of state and
government of the coalition's members and the other states the coverage names, in office since
2014, with a start date, under a name that reads like running text; it adds the surname alone
(and an accent-free spelling) unless the surname is an ordinary English word. Hand-curated
holders and ministers (actors.json) take precedence over these at match time.
Usage: python3 scripts/make-leaders-resource.py [path/to/leaders_history.csv]
"""
import csv
import json
import os
import sys
import unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "..", "shared", "data", "wikidata", "leaders_history.csv")
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "MusterExtract", "Resources", "leaders.json")

STATES = {
    "AUT": "AT", "BEL": "BE", "BGR": "BG", "HRV": "HR", "CYP": "CY", "CZE": "CZ", "DNK": "DK", "EST": "EE",
    "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "IRL": "IE", "ITA": "IT", "LVA": "LV",
    "LTU": "LT", "LUX": "LU", "MLT": "MT", "NLD": "NL", "POL": "PL", "PRT": "PT", "ROU": "RO", "SVK": "SK",
    "SVN": "SI", "ESP": "ES", "SWE": "SE", "GBR": "GB", "NOR": "NO", "ISL": "IS", "CHE": "CH", "CAN": "CA",
    "USA": "US", "AUS": "AU", "NZL": "NZ", "JPN": "JP", "KOR": "KR", "TUR": "TR", "UKR": "UA", "RUS": "RU",
    "BLR": "BY", "MDA": "MD", "GEO": "GE", "ALB": "AL", "MNE": "ME", "MKD": "MK", "CHN": "CN", "IND": "IN",
    "IRN": "IR", "PRK": "KP",
}
# Surnames that are also ordinary words or common English names: matched only in full.
COMMON = {
    "may", "major", "brown", "smith", "johnson", "harris", "martin", "dan", "rich", "long", "law", "lee", "park",
    "moon", "kim", "sun", "king", "little", "young", "white", "black", "green", "rice", "bush", "carter", "ford",
    "wilson", "scott", "meta", "michel", "costa", "austin", "cooper", "store", "jonson", "frieden", "marin", "orban",
}
MONARCH_MARKS = (" do ", " da ", " de ", ",", " III", " II", " X ", "Príncipe", "grão", "duque", "rei ", "rainha")


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


rows = []
for row in csv.DictReader(open(src, encoding="utf-8")):
    code = STATES.get(row["iso3"])
    start, end, name = row["start"][:10], row["end"][:10], row["person"].strip()
    if not code or not start or any(mark in name + " " for mark in MONARCH_MARKS):
        continue
    if len(name.split()) < 2 or not name[0].isupper():
        continue
    rows.append((code, row["role"], start, end, name))

# An open term ends when someone else takes the same office.
rows.sort()
for i, (code, role, start, end, name) in enumerate(rows):
    if not end:
        later = [r for r in rows[i + 1:] if r[0] == code and r[1] == role and r[4] != name and r[2] > start]
        if later:
            rows[i] = (code, role, start, later[0][2], name)

# Duplicated and overlapping terms of one person merge; separate terms stay separate.
spans = {}
for code, role, start, end, name in sorted(rows, key=lambda r: (r[4], r[0], r[2])):
    if end and end < "2014":
        continue
    merged = spans.setdefault((name, code), [])
    if merged and (merged[-1][1] == "" or start <= merged[-1][1]):
        merged[-1] = (merged[-1][0], "" if (merged[-1][1] == "" or end == "") else max(merged[-1][1], end))
    else:
        merged.append((start, end))
terms = {(name, code, i): span for (name, code), list_ in spans.items() for i, span in enumerate(list_)}

people = []
for (name, code, _), (start, end) in sorted(terms.items(), key=lambda item: (item[0][1], item[1][0], item[0][0])):
    names = [name]
    parts = name.split()
    particle = next((i for i, part in enumerate(parts[1:-1], 1) if part.lower() in ("de", "van", "von", "der")), None)
    surname = " ".join(parts[particle:]) if particle else parts[-1]
    if len(surname) >= 4 and surname.lower() not in COMMON and fold(surname).lower() not in COMMON:
        names.append(surname)
    for variant in list(names):
        if fold(variant) != variant:
            names.append(fold(variant))
    people.append({"names": names, "actor": code, "from": start, "to": end or None})

with open(out, "w", encoding="utf-8") as f:
    f.write("[\n" + ",\n".join(json.dumps(p, ensure_ascii=False) for p in people) + "\n]\n")
print(f"{len(people)} office terms")
