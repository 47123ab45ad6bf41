package org.minecarbon.core.uncertainty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;

class ActivityDefaultsTest {
  private final ActivityDefaults defaults = ActivityDefaults.builtIn();

  @Test
  void builtIn_coversEverySourceAndSinkCode() {
    Stream.concat(
            Arrays.stream(Source.values()).map(Source::code),
            Arrays.stream(SinkType.values()).map(SinkType::code))
        .forEach(code -> assertThat(defaults.find(code)).as(code).isPresent());
  }

  @Test
  void builtIn_allowance_exact() {
    assertThat(defaults.find("allowance").orElseThrow().distribution()).isNull();
  }

  @Test
  void builtIn_unconfirmedDefaults_sayWhy() {
    // Honesty rule: every [U] default is labelled an assumption or says what is not confirmed.
    defaults.entries().values().stream()
        .filter(e -> e.confidence() == Confidence.U)
        .forEach(
            e ->
                assertThat(e.citation())
                    .as(e.source())
                    .containsAnyOf("assumption", "not confirmed"));
  }

  @Test
  void split_quotedComma_oneField() {
    assertThat(ActivityDefaults.split("a,\"b, c\",\"d \"\"e\"\"\""))
        .containsExactly("a", "b, c", "d \"e\"");
  }
}
