#!/usr/bin/env python3
"""Builds the demo documents in server/src/main/resources/demo/ from examples/*.json.

The examples hold 2024 (coal) and 2023-2024 (copper). The demo extends both to 2022-2024 with
plausible year-on-year changes: output grows, methane utilisation improves, the CCUS pilot starts
in 2023, reclaimed area grows. Run from the repository root: python3 server/tools/make-demo.py
"""
import copy
import json
import re

COAL_SCALE = {  # year: (output, ventilation CH4, drainage, flared, utilized, power, fuel)
    2022: (0.93, 1.10, 0.92, 0.80, 0.62, 1.00, 0.96),
    2023: (0.97, 1.05, 0.96, 0.90, 0.80, 1.00, 0.98),
}
CU_2022 = {"output": 0.95, "diesel": 0.93, "power": 0.97, "lime": 0.95, "area": 60}


def rename(row, year):
    row = copy.deepcopy(row)
    if "id" in row:
        row["id"] = re.sub(r"20\d\d", str(year), row["id"])
    row["period"] = re.sub(r"^20\d\d", str(year), row["period"])
    return row


def scaled(value, f):
    return round(value * f, 3) if isinstance(value, float) or f != 1 else value


def coal_year(doc, year):
    out_f, vent_f, drain_f, flare_f, util_f, power_f, fuel_f = COAL_SCALE[year]
    acts, sinks, prod = [], [], []
    for a in doc["activities"]:
        r = rename(a, year)
        src = r["source"]
        if src == "mine-methane":
            r["ventilation"] = round(r["ventilation"] * vent_f, 1)
            r["drainage"] = round(r["drainage"] * drain_f, 1)
            r["flared"] = round(r["flared"] * flare_f, 1)
            r["utilized"] = round(r["utilized"] * util_f, 1)
        elif src == "electricity":
            r["quantity"] = round(r["quantity"] * power_f * out_f)
        elif src == "fuel":
            r["quantity"] = round(r["quantity"] * fuel_f * out_f)
        elif src in ("post-mining-methane",):
            r["quantity"] = round(r["quantity"] * out_f)
        elif src == "mine-co2":
            r["ventilation"] = round(r["ventilation"] * out_f)
        elif src == "flare":
            r["quantity"] = round(r["quantity"] * flare_f)
        r.pop("note", None)
        acts.append(r)
    for s in doc["sinks"]:
        if s["sink"] == "storage" and year < 2023:
            continue  # the CCUS pilot started in 2023
        r = rename(s, year)
        if r["sink"] == "vegetation":
            r["area"] = {2022: 80, 2023: 100}[year]
        if r["sink"] == "storage":
            r["captured"], r["losses"] = 3000, 150
        r.pop("note", None)
        sinks.append(r)
    for p in doc["production"]:
        r = rename(p, year)
        r["quantity"] = round(r["quantity"] * out_f)
        r.pop("note", None)
        prod.append(r)
    return acts, sinks, prod


def coal():
    doc = json.load(open("examples/coal-mine.json", encoding="utf-8"))
    doc["enterprise"]["name"] = "演示高瓦斯煤矿有限公司 (demo high-gas coal mine)"
    doc["enterprise"]["creditCode"] = "91140000DEMO00001X"
    acts, sinks, prod = [], [], []
    for year in (2022, 2023):
        a, s, p = coal_year(doc, year)
        acts += a
        sinks += s
        prod += p
    doc["activities"] = acts + doc["activities"]
    doc["sinks"] = sinks + doc["sinks"]
    doc["production"] = prod + doc["production"]
    return doc


def copper():
    doc = json.load(open("examples/metal-mine.json", encoding="utf-8"))
    doc["enterprise"]["name"] = "演示露天铜矿有限公司 (demo open-pit copper mine)"
    doc["enterprise"]["creditCode"] = "91130000DEMO00002X"
    extra_a, extra_s, extra_p = [], [], []
    for a in doc["activities"]:
        if not a["period"].startswith("2023"):
            continue
        r = rename(a, 2022)
        key = {"fuel": "diesel", "electricity": "power", "carbonate": "lime"}.get(r["source"])
        if key:
            r["quantity"] = round(r["quantity"] * CU_2022[key])
        r.pop("note", None)
        extra_a.append(r)
    for s in doc["sinks"]:
        if s["period"].startswith("2023") and s["sink"] == "vegetation":
            r = rename(s, 2022)
            r["area"] = CU_2022["area"]
            r.pop("note", None)
            extra_s.append(r)
    for p in doc["production"]:
        if p["period"].startswith("2023"):
            r = rename(p, 2022)
            r["quantity"] = round(r["quantity"] * CU_2022["output"])
            extra_p.append(r)
    doc["activities"] = extra_a + doc["activities"]
    doc["sinks"] = extra_s + doc["sinks"]
    doc["production"] = extra_p + doc["production"]
    return doc


for name, doc in (("coal-mine-2022-2024.json", coal()), ("copper-mine-2022-2024.json", copper())):
    with open("server/src/main/resources/demo/" + name, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(name, len(doc["activities"]), "activities", len(doc["sinks"]), "sinks")
