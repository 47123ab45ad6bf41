package org.minecarbon.io.bulk.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minecarbon.core.balance.BalanceStream;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;

/**
 * The reader's own (structural) issues, at most {@code max} kept, and how they combine with the
 * semantic issues of the rows that did parse, as {@code DocumentReader} combines them.
 */
final class Structural {
  private final int max;
  private final List<Issue> kept = new ArrayList<>();
  private long dropped;
  private boolean errors;
  private boolean sitesBroken;

  Structural(int max) {
    this.max = max;
  }

  void addAll(List<Issue> issues) {
    for (Issue i : issues) {
      errors |= i.isError();
      sitesBroken |= i.pointer().startsWith("/sites");
      if (kept.size() < max) {
        kept.add(i);
      } else {
        dropped++;
      }
    }
  }

  boolean hasErrors() {
    return errors;
  }

  /**
   * The structural issues, then the semantic ones that are not artefacts of the rows left out
   * (DocumentReader.semanticIssuesOfParsedRows): no empty document, unknown factor set or duplicate
   * id, no site reference when a site is broken, nothing at or inside a structural issue's field.
   */
  List<Issue> withSemantic(List<Issue> semantic) {
    Set<String> skip =
        new HashSet<>(List.of(Codes.EMPTY_DOCUMENT, Codes.UNKNOWN_FACTOR_SET, Codes.DUPLICATE_ID));
    if (sitesBroken) {
      skip.addAll(List.of(Codes.UNKNOWN_SITE, Codes.SITE_REQUIRED));
    }
    List<Issue> out = new ArrayList<>(kept);
    for (Issue i : semantic) {
      if (!skip.contains(i.code())
          && kept.stream().noneMatch(s -> overlap(s.pointer(), i.pointer()))) {
        out.add(i);
      }
    }
    if (dropped > 0) {
      out.add(
          Issue.error(
              BalanceStream.TOO_MANY_ISSUES,
              "",
              dropped + " more structural issues not listed (the first " + max + " are)",
              dropped,
              "fewer problems"));
    }
    return out;
  }

  private static boolean overlap(String a, String b) {
    return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
  }
}
