package org.minecarbon.bench.mc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;

/**
 * The user factor set of the Monte Carlo workload: every fuel, grid, heat, mine and carbonate
 * factor of CN-2015 with its CN-2015 value and an uncertainty, so that the many rows sharing a
 * factor move together. The built-in sets state few uncertainties, hence this set. The ranges are
 * benchmark assumptions of a realistic size (a few to ±15 %), not data.
 */
public final class McFactorSet {
  /** Starts with CN-2015 so that the GWP default (SAR) and all values equal the default set's. */
  public static final String ID = "CN-2015-MC";

  private McFactorSet() {}

  /** The set as a user factor CSV (parent CN-2015). */
  public static String csv() {
    StringBuilder sb = new StringBuilder();
    sb.append("# set: ").append(ID).append('\n');
    sb.append("# parent: ").append(FactorLibrary.DEFAULT_SET).append('\n');
    sb.append("# title: Monte Carlo benchmark: CN-2015 values with uncertainties\n");
    sb.append("key,value,unit,citation,confidence,uncertainty,note\n");
    Map<String, Factor> base = FactorLibrary.builtIn().effective(FactorLibrary.DEFAULT_SET);
    for (Factor f : base.values()) {
      String dist = distribution(f.key());
      if (dist != null) {
        sb.append(f.key()).append(',').append(f.value()).append(',').append(f.unit());
        sb.append(",copy of ").append(f.id()).append(",U,").append(dist).append(",\n");
      }
    }
    return sb.toString();
  }

  /** The built-in library plus this set. */
  public static FactorLibrary library() {
    byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
    return FactorLibrary.builtIn()
        .withUserSet(new ByteArrayInputStream(bytes), "mc-factors.csv")
        .orElseThrow();
  }

  /** The uncertainty given to a factor key, or null to inherit it unchanged. */
  static @Nullable String distribution(String key) {
    if (key.startsWith("fuel.")) {
      return key.endsWith(".ncv")
          ? "normal:6"
          : key.endsWith(".cc") ? "lognormal:4:6" : key.endsWith(".of") ? "uniform:-2:1" : null;
    }
    if (key.startsWith("grid.")) {
      return "triangular:-8:0:6";
    }
    if (key.equals("heat.ef")) {
      return "normal:8";
    }
    if (key.endsWith(".density") && key.startsWith("mine.")) {
      return "normal:2";
    }
    if (key.startsWith("mine.post-mining")) {
      return "lognormal:12:15";
    }
    if (key.startsWith("mine.")) {
      return "triangular:-12:0:12";
    }
    return key.startsWith("carbonate.") ? "uniform:-1:1" : null;
  }
}
