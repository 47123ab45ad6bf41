package org.minecarbon.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(5, 5, Duration.ofMinutes(15), clock);

  @Test
  void fiveFailuresOfOneName_sixthBlocked_untilWindowPassed() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.blocked("ann", "10.0.0." + i)).isFalse();
      throttle.failed("ann", "10.0.0." + i);
    }

    assertThat(throttle.blocked("ann", "10.0.0.99")).isTrue();
    assertThat(throttle.blocked("bob", "10.0.0.99")).isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    assertThat(throttle.blocked("ann", "10.0.0.99")).isFalse();
  }

  @Test
  void fiveFailuresFromOneAddress_anyNameBlocked() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }

    assertThat(throttle.blocked("someone", "10.0.0.1")).isTrue();
    assertThat(throttle.blocked("someone", "10.0.0.2")).isFalse();
  }

  @Test
  void success_clearsTheNamesFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ann", "10.0.0." + i);
    }
    throttle.succeeded("ann");
    throttle.failed("ann", "10.0.0.9");

    assertThat(throttle.blocked("ann", "10.0.0.10")).isFalse();
  }

  @Test
  void manyNames_memoryBounded() {
    for (int i = 0; i < LoginThrottle.MAX_KEYS + 100; i++) {
      throttle.failed("u" + i, "10.0.0.1");
    }

    assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
