package org.minecarbon.meter.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A virtual meter's sum/difference of other meters: {@code "E-01 - E-TENANT + E-02"}. */
public record VirtualExpression(List<Term> terms) {
  private static final Pattern TERM =
      Pattern.compile("\\s*([+-])?\\s*([A-Za-z0-9._]+(?:-[A-Za-z0-9._]+)*)\\s*");

  /** One operand: +1 or −1 times a meter. */
  public record Term(int sign, String meter) {}

  public VirtualExpression {
    terms = List.copyOf(terms);
  }

  /**
   * Parses terms separated by {@code +} or {@code -} with whitespace around the operator (a hyphen
   * inside an id such as {@code E-01} belongs to the id). Empty when malformed.
   */
  public static Optional<VirtualExpression> parse(String text) {
    String[] tokens = text.strip().split("\\s+");
    List<Term> terms = new ArrayList<>();
    int sign = 1;
    boolean expectOperand = true;
    for (String tok : tokens) {
      if (tok.equals("+") || tok.equals("-")) {
        if (expectOperand) {
          return Optional.empty();
        }
        sign = tok.equals("+") ? 1 : -1;
        expectOperand = true;
        continue;
      }
      Matcher m = TERM.matcher(tok);
      if (!expectOperand || !m.matches() || m.group(1) != null) {
        return Optional.empty();
      }
      terms.add(new Term(sign, m.group(2)));
      expectOperand = false;
    }
    return terms.isEmpty() || expectOperand
        ? Optional.empty()
        : Optional.of(new VirtualExpression(terms));
  }
}
