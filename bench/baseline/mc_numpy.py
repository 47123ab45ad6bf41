#!/usr/bin/env python3
"""Workload 2 baseline: the Monte Carlo model of MineCarbon's uncertainty analysis in numpy.

Reads the model file written by org.minecarbon.core.uncertainty.ModelExport (layout documented
there) and runs the same model as the Java engine:

* per iteration one draw per uncertain factor, shared by every term that references it;
* per iteration and term one independent draw of the activity multiplier;
* multipliers: normal 1 + sd*z clamped at 0, lognormal exp(mu + sigma*z), triangular and uniform
  by inverse CDF on the multiplier;
* term value = nominal term value * activity multiplier * product of its factor multipliers,
  summed per year and column on top of the exact (constant) part.

Vectorisation: terms are sorted by activity kind, so each kind is drawn for a whole chunk of
iterations with one call; within a kind the terms are sorted by (factor combination, slot), so the
activity-weighted sums of a chunk are one np.add.reduceat, and the factor multipliers are applied
once per (combination, slot) group instead of once per term (exactly the same arithmetic model,
regrouped). Iterations run in chunks to bound memory; every chunk has its own generator spawned
from the seed, so the result does not depend on --workers. With --workers > 1 chunks run on a
thread pool (numpy releases the GIL in its random fills and ufuncs).

Output: JSON with per year and series (12 columns, emissions, sinks, net) the nominal value,
mean, median, sd and 2.5/97.5 % percentiles (numpy's default linear interpolation, as the Java
engine), plus the timings.

usage: mc_numpy.py MODEL [--iterations 10000] [--seed 1] [--out result.json] [--workers 1]
"""

import argparse
import concurrent.futures
import json
import time

import numpy as np

MAGIC = b"MCFLAT01"
NONE, NORMAL, LOGNORMAL, TRIANGULAR, UNIFORM = range(5)


def load(path):
    """Parses a model file into a dict of numpy arrays."""
    buf = open(path, "rb").read()
    if buf[:8] != MAGIC:
        raise ValueError(f"{path}: not a Monte Carlo model file")
    pos = 8
    m = {}

    def take(dtype, count):
        nonlocal pos
        a = np.frombuffer(buf, dtype=dtype, count=count, offset=pos)
        pos += a.nbytes
        return a

    years, cols, terms, refs, factors = (int(v) for v in take("<i4", 5))
    m["years"] = take("<i4", years)
    m["sink"] = take("<i1", cols).astype(bool)
    n = int(take("<i4", 1)[0])
    m["columns"] = buf[pos:pos + n].decode("utf-8").split(",")
    pos += n
    m["nominal"] = take("<f8", years * cols)
    m["constant"] = take("<f8", years * cols)
    m["base"] = take("<f8", terms)
    m["out"] = take("<i4", terms)
    m["act_kind"] = take("<i1", terms)
    m["act"] = np.stack([take("<f8", terms) for _ in range(3)])
    m["ref_start"] = take("<i4", terms + 1)
    m["refs"] = take("<i4", refs)
    m["fac_kind"] = take("<i1", factors)
    m["fac"] = np.stack([take("<f8", factors) for _ in range(3)])
    if pos != len(buf):
        raise ValueError(f"{path}: {len(buf) - pos} trailing bytes")
    return m


class Plan:
    """The model rearranged for chunked vectorised sampling."""

    def __init__(self, m):
        self.m = m
        self.slots = len(m["constant"])
        terms = len(m["base"])
        starts, ends = m["ref_start"][:-1], m["ref_start"][1:]
        combos = {}
        combo_of = np.empty(terms, dtype=np.int64)
        for t in range(terms):
            key = tuple(sorted(m["refs"][starts[t]:ends[t]].tolist()))
            combo_of[t] = combos.setdefault(key, len(combos))
        group_key = combo_of * self.slots + m["out"]
        order = np.lexsort((group_key, m["act_kind"]))
        self.kind = m["act_kind"][order]
        self.base = m["base"][order]
        self.act = m["act"][:, order]
        gk = group_key[order]
        # segments: runs of equal (kind, group) in sorted order
        change = np.flatnonzero((np.diff(gk) != 0) | (np.diff(self.kind) != 0)) + 1
        self.seg_start = np.concatenate(([0], change)) if terms else np.zeros(0, np.int64)
        groups, self.seg_group = np.unique(gk[self.seg_start], return_inverse=True)
        self.group_slot = groups % self.slots
        combo_list = [None] * len(combos)
        for key, i in combos.items():
            combo_list[i] = key
        group_refs = [combo_list[g // self.slots] for g in groups]
        width = max((len(r) for r in group_refs), default=0)
        pad = len(m["fac_kind"])  # index of an extra column of ones
        self.group_refs = np.full((len(groups), width), pad, dtype=np.int64)
        for g, refs in enumerate(group_refs):
            self.group_refs[g, :len(refs)] = refs
        self.kind_ranges = []
        for k in range(5):
            idx = np.flatnonzero(self.kind == k)
            if len(idx):
                self.kind_ranges.append((k, int(idx[0]), int(idx[-1]) + 1))

    def chunk(self, rng, n):
        """Samples n iterations; returns (n, slots) totals per year and column."""
        m = self.m
        fac = np.ones((n, len(m["fac_kind"]) + 1))  # last column: 1 for padding
        fac[:, :-1] = draw(rng, m["fac_kind"], m["fac"], n)
        w = np.empty((n, len(self.base)))
        for k, s, e in self.kind_ranges:
            w[:, s:e] = draw_kind(rng, k, self.act[:, s:e], n)
        w *= self.base
        seg = np.add.reduceat(w, self.seg_start, axis=1) if len(self.base) else w
        grp = np.zeros((n, len(self.group_slot)))
        np.add.at(grp.T, self.seg_group, seg.T)
        for j in range(self.group_refs.shape[1]):
            grp *= fac[:, self.group_refs[:, j]]
        acc = np.tile(m["constant"], (n, 1))
        np.add.at(acc.T, self.group_slot, grp.T)
        return acc


def draw(rng, kinds, params, n):
    """Multipliers (n, len(kinds)) for mixed kinds, one column per parameter set."""
    out = np.ones((n, len(kinds)))
    for k in (NORMAL, LOGNORMAL, TRIANGULAR, UNIFORM):
        idx = np.flatnonzero(kinds == k)
        if len(idx):
            out[:, idx] = draw_kind(rng, k, params[:, idx], n)
    return out


def draw_kind(rng, kind, p, n):
    """Multipliers (n, p.shape[1]) of one kind; p = 3 parameter rows."""
    shape = (n, p.shape[1])
    if kind == NORMAL:
        x = rng.standard_normal(shape)
        x *= p[0]
        x += 1
        return np.maximum(x, 0, out=x)
    if kind == LOGNORMAL:
        x = rng.standard_normal(shape)
        x *= p[1]
        x += p[0]
        return np.exp(x, out=x)
    if kind == TRIANGULAR:
        a, c, b = p
        u = rng.random(shape)
        width = b - a
        left = u * width < c - a
        lo = np.sqrt(u * width * (c - a)) + a
        hi = b - np.sqrt((1 - u) * width * (b - c))
        return np.where(left, lo, hi)
    if kind == UNIFORM:
        u = rng.random(shape)
        u *= p[1] - p[0]
        u += p[0]
        return u
    return np.ones(shape)


def series(m, acc):
    """(n, years*15): per year the 12 columns, emissions, sinks, net."""
    cols = len(m["sink"])
    years = len(m["years"])
    out = []
    for y in range(years):
        block = acc[:, y * cols:(y + 1) * cols]
        e = block[:, ~m["sink"]].sum(axis=1)
        s = block[:, m["sink"]].sum(axis=1)
        out += [block, e[:, None], s[:, None], (e - s)[:, None]]
    return np.hstack(out)


def run(m, iterations, seed, workers, chunk_iterations):
    plan = Plan(m)
    starts = list(range(0, iterations, chunk_iterations))
    rngs = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(len(starts))]
    per_series = len(m["years"]) * (len(m["sink"]) + 3)
    samples = np.empty((iterations, per_series))

    def one(i):
        n = min(chunk_iterations, iterations - starts[i])
        samples[starts[i]:starts[i] + n] = series(m, plan.chunk(rngs[i], n))

    if workers > 1:
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, range(len(starts))))
    else:
        for i in range(len(starts)):
            one(i)
    return samples


def summary(m, samples):
    cols = len(m["sink"])
    names = m["columns"] + ["emissions", "sinks", "net"]
    nominal = series(m, m["nominal"][None, :])[0]
    mean = samples.mean(axis=0)
    sd = samples.std(axis=0, ddof=1)
    p = np.percentile(samples, [2.5, 50, 97.5], axis=0)
    years = []
    for y, year in enumerate(m["years"]):
        out = {}
        for k, name in enumerate(names):
            j = y * (cols + 3) + k
            out[name] = {
                "nominal": float(nominal[j]), "mean": float(mean[j]), "median": float(p[1, j]),
                "sd": float(sd[j]), "p025": float(p[0, j]), "p975": float(p[2, j]),
            }
        years.append({"year": int(year), "series": out})
    return years


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--iterations", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=16, help="iterations per chunk")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    t0 = time.perf_counter()
    m = load(a.model)
    t1 = time.perf_counter()
    samples = run(m, a.iterations, a.seed, a.workers, a.chunk)
    years = summary(m, samples)
    t2 = time.perf_counter()
    result = {
        "iterations": a.iterations, "seed": a.seed, "workers": a.workers, "chunk": a.chunk,
        "terms": int(len(m["base"])), "factors": int(len(m["fac_kind"])),
        "load_seconds": t1 - t0, "mc_seconds": t2 - t1, "years": years,
    }
    print(f"mc_seconds={t2 - t1:.3f} load_seconds={t1 - t0:.3f} iterations={a.iterations} "
          f"terms={result['terms']} factors={result['factors']} workers={a.workers}")
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
