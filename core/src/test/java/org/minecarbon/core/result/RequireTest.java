package org.minecarbon.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void that_conditionFalse_throwsWithMessage() {
    assertThatThrownBy(() -> Require.that(false, "broken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broken");
    assertThatCode(() -> Require.that(true, "broken")).doesNotThrowAnyException();
  }

  @Test
  void that_lazyMessage_isBuiltOnlyOnFailure() {
    AtomicInteger built = new AtomicInteger();
    Require.that(true, () -> "unused " + built.incrementAndGet());
    assertThat(built).hasValue(0);
    assertThatThrownBy(() -> Require.that(false, () -> "year out of range: " + 1800))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year out of range: 1800");
  }

  @Test
  void finiteNonNegative_invalidValue_throwsNamingIt() {
    assertThat(Require.finiteNonNegative(2.5, "mass")).isEqualTo(2.5);
    assertThatThrownBy(() -> Require.finiteNonNegative(-1, "mass"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mass must be finite and non-negative, got -1.0");
    assertThatThrownBy(() -> Require.finiteNonNegative(Double.NaN, "mass"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notBlank_blankValue_throwsNamingIt() {
    assertThat(Require.notBlank("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> Require.notBlank("  ", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }
}
