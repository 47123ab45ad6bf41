package org.minecarbon.store.meter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per meter of a batch, the earliest and latest instant, and whether the batch repeats a key. A
 * batch that repeats no key and whose meters have no stored reading within their spans consists of
 * new readings only (the fast path of {@link PgReadingCopy}).
 */
final class BatchSpans {
  final String[] meters;
  final Long[] from;
  final Long[] to;
  final boolean repeatsKey;

  private BatchSpans(String[] meters, Long[] from, Long[] to, boolean repeatsKey) {
    this.meters = meters;
    this.from = from;
    this.to = to;
    this.repeatsKey = repeatsKey;
  }

  /** One pass; the instants of a meter that are not strictly increasing are sorted to compare. */
  static BatchSpans of(List<StoredReading> batch) {
    Map<String, Span> spans = new HashMap<>();
    for (StoredReading r : batch) {
      spans.computeIfAbsent(r.meterId(), m -> new Span(r.atMs())).add(r.atMs());
    }
    int n = spans.size();
    String[] meters = spans.keySet().toArray(new String[n]);
    Long[] from = new Long[n];
    Long[] to = new Long[n];
    boolean unordered = false;
    for (int i = 0; i < n; i++) {
      Span s = spans.get(meters[i]);
      from[i] = s.min;
      to[i] = s.max;
      unordered |= !s.increasing;
    }
    return new BatchSpans(meters, from, to, unordered && repeats(batch, spans));
  }

  private static boolean repeats(List<StoredReading> batch, Map<String, Span> spans) {
    Map<String, long[]> instants = new HashMap<>();
    Map<String, Integer> filled = new HashMap<>();
    for (StoredReading r : batch) {
      Span s = spans.get(r.meterId());
      if (s != null && !s.increasing) {
        long[] a = instants.computeIfAbsent(r.meterId(), m -> new long[s.count]);
        int i = filled.merge(r.meterId(), 1, Integer::sum) - 1;
        a[i] = r.atMs();
      }
    }
    for (long[] a : instants.values()) {
      Arrays.sort(a);
      for (int i = 1; i < a.length; i++) {
        if (a[i] == a[i - 1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Span {
    long min;
    long max;
    long last;
    int count;
    boolean increasing = true;

    Span(long first) {
      min = first;
      max = first;
    }

    void add(long at) {
      increasing &= count == 0 || at > last;
      last = at;
      min = Math.min(min, at);
      max = Math.max(max, at);
      count++;
    }
  }
}
