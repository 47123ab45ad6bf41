package org.minecarbon.store.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSpansTest {
  @Test
  void of_increasingPerMeter_spansAndNoRepeat() {
    BatchSpans s = BatchSpans.of(List.of(r("A", 5), r("B", 1), r("A", 7), r("B", 9)));

    // A spans 5..7, B spans 1..9 (meters in any order)
    assertThat(s.repeatsKey).isFalse();
    int a = List.of(s.meters).indexOf("A");
    int b = List.of(s.meters).indexOf("B");
    assertThat(new long[] {s.from[a], s.to[a], s.from[b], s.to[b]}).containsExactly(5, 7, 1, 9);
  }

  @Test
  void of_outOfOrderWithoutRepeat_noRepeat() {
    assertThat(BatchSpans.of(List.of(r("A", 5), r("A", 3), r("A", 4))).repeatsKey).isFalse();
  }

  @Test
  void of_keyRepeatedAfterAnotherInstant_repeat() {
    assertThat(BatchSpans.of(List.of(r("A", 5), r("A", 3), r("A", 5))).repeatsKey).isTrue();
  }

  @Test
  void of_keyRepeatedImmediately_repeat() {
    assertThat(BatchSpans.of(List.of(r("A", 5), r("B", 5), r("B", 5))).repeatsKey).isTrue();
  }

  @Test
  void of_sameInstantOnTwoMeters_noRepeat() {
    assertThat(BatchSpans.of(List.of(r("A", 5), r("B", 5))).repeatsKey).isFalse();
  }

  private static StoredReading r(String meter, long at) {
    return new StoredReading(meter, at, 1, Double.NaN, Double.NaN, "ok", Double.NaN, Double.NaN);
  }
}
