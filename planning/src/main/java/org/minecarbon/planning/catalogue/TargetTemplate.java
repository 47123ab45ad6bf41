package org.minecarbon.planning.catalogue;

import java.util.List;
import org.minecarbon.planning.plan.Target;

/**
 * A target template (issue 13): a named set of contract targets with its source.
 *
 * @param targets the targets in short form ({@code peak 2030; neutral 2060})
 */
public record TargetTemplate(String id, String zh, String en, String targets, String source) {

  /** The template's targets for a plan, {@code product} filling an intensity target. */
  public List<Target> instantiate(String product) {
    String[] parts = targets.split(";");
    java.util.ArrayList<Target> out = new java.util.ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String[] w = parts[i].strip().split("\\s+");
      String p = "/targets/" + i;
      out.add(
          switch (w[0]) {
            case "peak" -> new Target.Peak(Integer.parseInt(w[1]), p);
            case "neutral" -> new Target.Neutral(Integer.parseInt(w[1]), p);
            case "intensity" ->
                new Target.Intensity(
                    Integer.parseInt(w[2]), product, Double.parseDouble(w[4]), null, p);
            default -> throw new IllegalStateException("unknown target in template " + id);
          });
    }
    return List.copyOf(out);
  }
}
