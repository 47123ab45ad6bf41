#!/usr/bin/env python3
"""Baseline (a) of workload 1: parse an inventory document with Python's json.load.

Prints one line: `python-json-load seconds=S rows=N peak_rss_mb=M` where S is the wall time of
json.load alone (file open to tree, no other work), N the number of activity + sink + production
rows found (so the parse cannot be optimised away) and M the process's peak resident set size
(resource.getrusage, kilobytes on Linux).

Usage: python3 bench/baseline/parse_baseline.py FILE.json
"""
import json
import resource
import sys
import time


def main() -> None:
    path = sys.argv[1]
    start = time.perf_counter()
    try:
        with open(path, "rb") as f:
            doc = json.load(f)
    except MemoryError:
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"python-json-load FAILED MemoryError after {time.perf_counter() - start:.3f} s"
              f" peak_rss_mb={peak_kb / 1024:.0f}")
        sys.exit(1)
    seconds = time.perf_counter() - start
    rows = sum(len(doc.get(k, [])) for k in ("activities", "sinks", "production"))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"python-json-load seconds={seconds:.3f} rows={rows} peak_rss_mb={peak_kb / 1024:.0f}")


if __name__ == "__main__":
    main()
