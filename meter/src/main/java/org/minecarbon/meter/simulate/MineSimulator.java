package org.minecarbon.meter.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic readings of the demo coal mine's meters ({@link #DEMO_REGISTRY}), one batch per
 * step, as header-less CSV lines of contract meters v1 §2 (a value: {@code meter,time,value}; a
 * pair: {@code meter,time,flow,concentration}). The same seed and start give the same lines.
 *
 * <ul>
 *   <li>RA-1, KJ-style return-air sensor: air flow a bounded random walk in 8,000–15,000 m³/min,
 *       CH4 0.2–0.6 % (safety-monitoring range below the 0.75 % alarm threshold);
 *   <li>DR-1, drainage station: mixed flow 40–120 m³/min, concentration 9–30 %;
 *   <li>UT-1, CMM power plant intake: 55–75 % of the drainage gas at the same concentration;
 *   <li>E-SUB1/E-SUB2, substation registers (kWh, multiplier 10): 1,800–3,200 kW and 600–1,200 kW
 *       loads integrated over the step, wrapping at 1,000,000;
 *   <li>D-01, diesel dispensing register (kg): a fill of 200–600 kg with probability 0.05 a step.
 * </ul>
 */
public final class MineSimulator {
  /** Classpath resource of the demo coal mine's registry (site {@code mine}). */
  public static final String DEMO_REGISTRY =
      "/org/minecarbon/meter/simulate/demo-coal-mine-meters.json";

  private final SplittableRandom random;
  private final Duration step;
  private Instant time;
  private double airFlow = 11_500;
  private double raConc = 0.40;
  private double drFlow = 80;
  private double drConc = 18;
  private double sub1 = 100_000;
  private double sub2 = 50_000;
  private double diesel = 0;

  public MineSimulator(long seed, Instant start, Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("step must be positive");
    }
    this.random = new SplittableRandom(seed);
    this.step = step;
    this.time = start;
  }

  /** The demo registry's JSON bytes. */
  public static byte[] demoRegistry() {
    try (InputStream in = MineSimulator.class.getResourceAsStream(DEMO_REGISTRY)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEMO_REGISTRY);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Continues the registers from earlier readings (a restarted replay must not make the counters
   * fall, which would read as meter resets); NaN keeps a register's start value.
   */
  public MineSimulator continuing(double sub1Register, double sub2Register, double dieselRegister) {
    sub1 = Double.isNaN(sub1Register) ? sub1 : sub1Register;
    sub2 = Double.isNaN(sub2Register) ? sub2 : sub2Register;
    diesel = Double.isNaN(dieselRegister) ? diesel : dieselRegister;
    return this;
  }

  /** The instant of the next batch. */
  public Instant next() {
    return time;
  }

  /** The readings of the next step (one per meter), then advances the clock by one step. */
  public List<String> batch() {
    List<String> out = new ArrayList<>(6);
    String t = time.toString();
    double hours = step.toMillis() / 3_600_000.0;
    airFlow = walk(airFlow, 250, 8_000, 15_000);
    raConc = walk(raConc, 0.02, 0.20, 0.60);
    drFlow = walk(drFlow, 4, 40, 120);
    drConc = walk(drConc, 0.8, 9, 30);
    double share = 0.55 + random.nextDouble() * 0.20;
    out.add(pair("RA-1", t, airFlow, raConc));
    out.add(pair("DR-1", t, drFlow, drConc));
    out.add(pair("UT-1", t, drFlow * share, drConc));
    sub1 = register(sub1, (1_800 + random.nextDouble() * 1_400) * hours / 10);
    sub2 = register(sub2, (600 + random.nextDouble() * 600) * hours / 10);
    out.add(value("E-SUB1", t, sub1));
    out.add(value("E-SUB2", t, sub2));
    if (random.nextDouble() < 0.05) {
      diesel += 200 + random.nextInt(401);
    }
    out.add(value("D-01", t, diesel));
    time = time.plus(step);
    return out;
  }

  private double walk(double x, double sigma, double lo, double hi) {
    double y = x + (random.nextDouble() * 2 - 1) * sigma;
    return Math.max(lo, Math.min(hi, y));
  }

  private static double register(double value, double delta) {
    double v = value + delta;
    return v >= 1_000_000 ? v - 1_000_000 : v;
  }

  private static String pair(String meter, String t, double flow, double conc) {
    return meter + "," + t + "," + round(flow, 1) + "," + round(conc, 3);
  }

  private static String value(String meter, String t, double v) {
    return meter + "," + t + "," + round(v, 2);
  }

  private static String round(double v, int digits) {
    return java.math.BigDecimal.valueOf(v)
        .setScale(digits, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
