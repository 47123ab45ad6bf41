package org.minecarbon.server.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login rate limiting, in memory (per process; a restart forgets it): after {@code maxFailures}
 * failed sign-ins for one user name, or {@code maxFailuresPerIp} from one client address, within
 * {@code window}, further attempts for that name or from that address are refused until the window
 * has passed since the latest failure. Bounded: at most {@link #MAX_KEYS} names and addresses are
 * remembered (the oldest are forgotten first).
 */
@Component
public class LoginThrottle {
  static final int MAX_KEYS = 20_000;

  private final int maxFailures;
  private final int maxFailuresPerIp;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

  @Autowired
  LoginThrottle(
      @Value("${minecarbon.security.login.max-failures:5}") int maxFailures,
      @Value("${minecarbon.security.login.max-failures-per-ip:5}") int maxFailuresPerIp,
      @Value("${minecarbon.security.login.window:15m}") Duration window) {
    this(maxFailures, maxFailuresPerIp, window, Clock.systemUTC());
  }

  LoginThrottle(int maxFailures, int maxFailuresPerIp, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxFailuresPerIp = maxFailuresPerIp;
    this.window = window;
    this.clock = clock;
  }

  /** Whether attempts for this user name or from this address are refused now. */
  public synchronized boolean blocked(String username, String ip) {
    return count("u:" + username) >= maxFailures || count("ip:" + ip) >= maxFailuresPerIp;
  }

  public synchronized void failed(String username, String ip) {
    add("u:" + username);
    add("ip:" + ip);
  }

  /** A successful sign-in clears the user name's failures (not the address's). */
  public synchronized void succeeded(String username) {
    failures.remove("u:" + username);
  }

  /** How long the window is (for the message). */
  public Duration window() {
    return window;
  }

  synchronized int size() {
    return failures.size();
  }

  private int count(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return 0;
    }
    Instant since = clock.instant().minus(window);
    while (!d.isEmpty() && d.peekFirst().isBefore(since)) {
      d.pollFirst();
    }
    return d.size();
  }

  private void add(String key) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    d.addLast(clock.instant());
    while (d.size() > Math.max(maxFailures, maxFailuresPerIp)) {
      d.pollFirst();
    }
    if (failures.size() > MAX_KEYS) {
      Iterator<String> oldest = failures.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }
}
