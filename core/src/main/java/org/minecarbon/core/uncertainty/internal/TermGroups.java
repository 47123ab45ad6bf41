package org.minecarbon.core.uncertainty.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertain terms of a {@link FlatModel} regrouped for the Monte Carlo kernel. Terms with the
 * same output slot and the same set of uncertain factors form a group: per iteration a group's
 * value is (Σ base × activity multiplier) × Π factor multipliers, so the factors are applied once
 * per group instead of once per term (the same model, regrouped). Inside a group the terms are
 * sorted into runs of one activity distribution kind, so the kernel runs one tight loop per kind.
 */
final class TermGroups {
  final int groups;

  /** Per group: output slot, CSR start into {@link #groupRefs} and into {@link #runStart}. */
  final int[] slot;

  final int[] groupRefStart;
  final int[] groupRefs;
  final int[] groupRunStart;

  /** Per run: kind and CSR start into the term arrays. */
  final byte[] runKind;

  final int[] runStart;

  /** Per term, in run order: nominal value and activity parameters. */
  final double[] base;

  final double[] p1;
  final double[] p2;
  final double[] p3;

  private TermGroups(int groups, int runs, int terms, int refs) {
    this.groups = groups;
    slot = new int[groups];
    groupRefStart = new int[groups + 1];
    groupRefs = new int[refs];
    groupRunStart = new int[groups + 1];
    runKind = new byte[runs];
    runStart = new int[runs + 1];
    base = new double[terms];
    p1 = new double[terms];
    p2 = new double[terms];
    p3 = new double[terms];
  }

  static TermGroups of(FlatModel m) {
    int[] groupOf = new int[m.terms];
    List<int[]> keys = groupKeys(m, groupOf);
    int[] byKind = countingSort(identity(m.terms), m.actKind, 256);
    int[] order = countingSort(byKind, groupOf, keys.size());
    int runs = 0;
    int refs = 0;
    for (int i = 0; i < m.terms; i++) {
      if (i == 0 || newRun(m, groupOf, order[i - 1], order[i])) {
        runs++;
      }
    }
    for (int[] key : keys) {
      refs += key.length - 1;
    }
    TermGroups g = new TermGroups(keys.size(), runs, m.terms, refs);
    g.fill(m, keys, groupOf, order);
    return g;
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** Stable sort of {@code items} by {@code key[item]} in [0, keys). */
  private static int[] countingSort(int[] items, int[] key, int keys) {
    int[] start = new int[keys + 1];
    for (int t : items) {
      start[key[t] + 1]++;
    }
    for (int k = 0; k < keys; k++) {
      start[k + 1] += start[k];
    }
    int[] out = new int[items.length];
    for (int t : items) {
      out[start[key[t]]++] = t;
    }
    return out;
  }

  private static int[] countingSort(int[] items, byte[] key, int keys) {
    int[] wide = new int[key.length];
    for (int i = 0; i < key.length; i++) {
      wide[i] = key[i] & 0xFF;
    }
    return countingSort(items, wide, keys);
  }

  private static boolean newRun(FlatModel m, int[] groupOf, int prev, int t) {
    return groupOf[prev] != groupOf[t] || m.actKind[prev] != m.actKind[t];
  }

  /** Group keys {slot, sorted factor indices…} in order of first use; fills groupOf. */
  private static List<int[]> groupKeys(FlatModel m, int[] groupOf) {
    Map<List<Integer>, Integer> index = new HashMap<>();
    List<int[]> keys = new ArrayList<>();
    for (int t = 0; t < m.terms; t++) {
      int[] key = new int[1 + m.refStart[t + 1] - m.refStart[t]];
      key[0] = m.out[t];
      System.arraycopy(m.refs, m.refStart[t], key, 1, key.length - 1);
      Arrays.sort(key, 1, key.length);
      List<Integer> boxed = Arrays.stream(key).boxed().toList();
      Integer g = index.get(boxed);
      if (g == null) {
        g = keys.size();
        index.put(boxed, g);
        keys.add(key);
      }
      groupOf[t] = g;
    }
    return keys;
  }

  private void fill(FlatModel m, List<int[]> keys, int[] groupOf, int[] order) {
    for (int k = 0; k < groups; k++) {
      int[] key = keys.get(k);
      slot[k] = key[0];
      groupRefStart[k + 1] = groupRefStart[k] + key.length - 1;
      System.arraycopy(key, 1, groupRefs, groupRefStart[k], key.length - 1);
    }
    int run = -1;
    for (int i = 0; i < order.length; i++) {
      int t = order[i];
      if (i == 0 || newRun(m, groupOf, order[i - 1], t)) {
        run++;
        runKind[run] = m.actKind[t];
        runStart[run] = i;
        if (i == 0 || groupOf[order[i - 1]] != groupOf[t]) {
          groupRunStart[groupOf[t]] = run; // groups are numbered in sorted order, none empty
        }
      }
      base[i] = m.base[t];
      p1[i] = m.act1[t];
      p2[i] = m.act2[t];
      p3[i] = m.act3[t];
    }
    runStart[run + 1] = order.length;
    groupRunStart[groups] = run + 1;
  }
}
