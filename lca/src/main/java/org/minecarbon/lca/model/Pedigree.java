package org.minecarbon.lca.model;

import java.util.List;
import org.minecarbon.core.result.Require;

/**
 * The data-quality pedigree of an exchange (openLCA {@code dqEntry}/{@code pedigreeUncertainty},
 * e.g. "(1;3;1;2;1)"): reliability, completeness, temporal, geographical and further technological
 * correlation, each scored 1 (best) to 5.
 *
 * @param baseUncertainty the basic geometric standard deviation stated with it; 0 when none
 */
public record Pedigree(List<Integer> scores, double baseUncertainty) {
  public Pedigree {
    scores = List.copyOf(scores);
    Require.that(scores.size() == 5, "a pedigree has 5 scores");
    Require.that(scores.stream().allMatch(s -> s >= 1 && s <= 5), "pedigree scores are 1..5");
    Require.that(
        baseUncertainty == 0 || baseUncertainty >= 1, "a basic GSD is at least 1 (or 0: none)");
  }

  /** Parses "(1;3;1;2;1)" (commas also accepted); empty when it is not five scores 1..5. */
  public static java.util.Optional<Pedigree> parse(String entry, double baseUncertainty) {
    String s = entry.strip();
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    String[] parts = s.split("[;,]");
    if (parts.length != 5 || !(baseUncertainty == 0 || baseUncertainty >= 1)) {
      return java.util.Optional.empty();
    }
    List<Integer> scores = new java.util.ArrayList<>();
    for (String p : parts) {
      String t = p.strip();
      if (!t.matches("[1-5]")) {
        return java.util.Optional.empty();
      }
      scores.add(Integer.parseInt(t));
    }
    return java.util.Optional.of(new Pedigree(scores, baseUncertainty));
  }
}
