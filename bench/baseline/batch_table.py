#!/usr/bin/env python3
"""Summarises a bench/run-batch.sh result folder as a markdown table (medians, min-max, ratios).

Each log holds the program's line (`... seconds=S ...`: in-process time of the measured work) and
the /usr/bin/time -v report (wall clock, CPU, peak RSS). A run that failed (an OutOfMemoryError,
say) is counted and shown, never averaged in.

Usage: python3 bench/baseline/batch_table.py RESULT_DIR
"""
import pathlib
import re
import statistics
import sys

NAMES = {
    "a": "(a) Python json.load",
    "b": "(b) Jackson tree parse",
    "c": "(c) Jackson token scan",
    "d": "(d) streaming balance (2 threads)",
    "d1": "(d1) streaming balance (1 thread)",
    "e": "(e) in-memory BalanceCalculator (calc only)",
    "f": "(f) minecarbon balance FILE (whole process)",
}


def wall(text):
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    return None if not m else int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


def field(pattern, text, cast=float):
    m = re.search(pattern, text)
    return cast(m.group(1)) if m else None


def parse(path):
    text = path.read_text(errors="replace")
    ok = "Exit status: 0" in text or ("Exit status" not in text and "seconds=" in text)
    failed = not ok or "FAILED" in text or "MemoryError" in text
    return {
        "seconds": None if failed else field(r"seconds=([\d.]+)", text),
        "rows": field(r"rows=(\d+)", text, int),
        "wall": wall(text),
        "cpu": (field(r"User time \(seconds\): ([\d.]+)", text) or 0)
        + (field(r"System time \(seconds\): ([\d.]+)", text) or 0),
        "rss_mb": (field(r"Maximum resident set size \(kbytes\): (\d+)", text, int) or 0) / 1024,
        "failed": failed,
        "oom": "OutOfMemoryError" in text or "MemoryError" in text,
    }


def stat(values):
    values = [v for v in values if v is not None]
    if not values:
        return None, "—"
    med = statistics.median(values)
    return med, f"{med:.2f} ({min(values):.2f}–{max(values):.2f})"


def main():
    folder = pathlib.Path(sys.argv[1])
    runs = {}
    for log in sorted(folder.glob("*-*.log")):
        variant = log.stem.rsplit("-", 1)[0]
        runs.setdefault(variant, []).append(parse(log))
    print((folder / "meta.txt").read_text() if (folder / "meta.txt").exists() else "")
    print("| variant | n ok/failed | work s, median (min–max) | process wall s | CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    med = {}
    walls = {}
    for v in ["a", "b", "c", "d", "d1", "e", "f"]:
        if v not in runs:
            continue
        rs = runs[v]
        good = [r for r in rs if not r["failed"]]
        med[v], work = stat([r["seconds"] for r in good])
        walls[v], w = stat([r["wall"] for r in rs])
        _, c = stat([r["cpu"] for r in rs])
        _, m = stat([r["rss_mb"] for r in rs])
        fail = len(rs) - len(good)
        note = f" ({sum(r['oom'] for r in rs)} OOM)" if any(r["oom"] for r in rs) else ""
        print(f"| {NAMES[v]} | {len(good)}/{fail}{note} | {work} | {w} | {c} | {m} |")
    print()
    for num, den in [("d", "a"), ("d", "b"), ("d", "c"), ("d1", "a"), ("d1", "b")]:
        if med.get(num) and med.get(den):
            print(f"- {num}/{den} = {med[num] / med[den]:.2f} (medians of the work time)")
    if walls.get("f") and walls.get("a"):
        print(f"- f/a = {walls['f'] / walls['a']:.2f} (medians of the process wall time: the CLI"
              " command against python3 json.load, each a whole process)")
    if med.get("e") and "e" in runs and runs["e"][0]["rows"]:
        rows = runs["e"][0]["rows"]
        print(f"- (e) {rows} rows: {med['e'] / rows * 1e6:.2f} µs per row (calculation only)")


if __name__ == "__main__":
    main()
