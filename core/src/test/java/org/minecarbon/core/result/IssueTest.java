package org.minecarbon.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10 §2: offending values are echoed as a user writes them. */
class IssueTest {

  @Test
  void show_integralDouble_hasNoFraction() {
    assertThat(Issue.show(-5.0)).isEqualTo("-5");
    assertThat(Issue.error("X", "/a", "m", -1.0, "").value()).isEqualTo("-1");
    assertThat(Issue.show(3.0e6)).isEqualTo("3000000");
  }

  @Test
  void show_fractionsAndExtremes_keepTheirDigits() {
    assertThat(Issue.show(0.5)).isEqualTo("0.5");
    assertThat(Issue.show(-0.25)).isEqualTo("-0.25");
    assertThat(Issue.show(1.0e-9)).isEqualTo("1E-9");
    assertThat(Issue.show(Double.NaN)).isEqualTo("NaN");
    assertThat(Issue.show("text")).isEqualTo("text");
  }
}
