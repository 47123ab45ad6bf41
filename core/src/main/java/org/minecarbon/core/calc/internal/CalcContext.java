package org.minecarbon.core.calc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.Gwp;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.core.inventory.GridResolver;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;

/**
 * What every calculator needs: the factor set, the GWP set, the sites, and a sink for issues.
 * Missing factors become {@code MISSING_FACTOR} errors with the row's pointer.
 */
public final class CalcContext {
  private final FactorLibrary library;
  private final String setId;
  private final GwpSet gwpSet;
  private final Map<String, Site> sites = new HashMap<>();
  private final @Nullable Site onlySite;
  private final List<Issue> issues = new ArrayList<>();
  private final Set<String> unconfirmedReported = new LinkedHashSet<>();
  private final Map<String, Factor> gwpFactors = new HashMap<>();
  private final GridResolver grids;
  private final Map<String, Optional<Factor>> resolved = new HashMap<>();
  private final Map<String, String[]> fuelKeys = new HashMap<>();
  private final Map<String, String[]> carbonateKeys = new HashMap<>();

  public CalcContext(FactorLibrary library, Inventory inventory) {
    this.library = library;
    this.setId = inventory.settings().effectiveFactorSet();
    this.gwpSet = inventory.settings().effectiveGwp();
    for (Site s : inventory.sites()) {
      sites.put(s.id(), s);
    }
    this.onlySite = inventory.sites().size() == 1 ? inventory.sites().getFirst() : null;
    this.grids = new GridResolver(library, setId, inventory);
  }

  public String setId() {
    return setId;
  }

  public GwpSet gwpSet() {
    return gwpSet;
  }

  public List<Issue> issues() {
    return issues;
  }

  public void add(Issue issue) {
    issues.add(issue);
  }

  /** The row's site, or the only site of the document. */
  public @Nullable Site site(RowMeta row) {
    return row.site() == null ? onlySite : sites.get(row.site());
  }

  public String siteId(RowMeta row) {
    Site s = site(row);
    return s == null ? (row.site() == null ? "" : row.site()) : s.id();
  }

  /** A default factor of the selected set, or empty after recording a MISSING_FACTOR error. */
  public Optional<Factor> factor(String key, String pointer) {
    return factor(key, pointer, "");
  }

  /**
   * As {@link #factor(String, String)} with the pointer {@code rowPointer + field}, built only when
   * an issue needs it. Resolved keys are cached for the calculation (the library is immutable).
   */
  public Optional<Factor> factor(String key, String rowPointer, String field) {
    Optional<Factor> f = resolved.get(key);
    if (f == null) {
      f = library.resolve(setId, key);
      resolved.put(key, f);
    }
    if (f.isEmpty()) {
      issues.add(
          Issue.error(
              Codes.MISSING_FACTOR,
              rowPointer + field,
              "factor set " + setId + " has no value for " + key,
              key,
              "a factor set that defines " + key + ", or a value on the row"));
    } else if (f.get().confidence() == Confidence.U && unconfirmedReported.add(f.get().id())) {
      issues.add(
          Issue.warning(
              Codes.UNCONFIRMED_FACTOR,
              rowPointer + field,
              "default "
                  + f.get().id()
                  + " = "
                  + f.get().value()
                  + " "
                  + f.get().unit()
                  + " is unconfirmed [U]; check it against the official text"));
    }
    return f;
  }

  /**
   * The factor, or the row's own value when it gives one (traced as a row override at {@code
   * rowPointer + field}).
   */
  public Optional<Factor> factorOrOverride(
      String key, @Nullable Double override, String unit, String rowPointer, String field) {
    if (override != null) {
      return Optional.of(Factor.userOverride(key, override, unit, rowPointer + field));
    }
    return factor(key, rowPointer, field);
  }

  /**
   * For a carbonate code: its factor key {@code carbonate.<code>.ef}, the pointer suffix {@code
   * /factors/<code>} and the formula symbol {@code EF(<code>)}, made once.
   */
  String[] carbonateKeys(String code) {
    String[] keys = carbonateKeys.get(code);
    if (keys == null) {
      keys = new String[] {"carbonate." + code + ".ef", "/factors/" + code, "EF(" + code + ")"};
      carbonateKeys.put(code, keys);
    }
    return keys;
  }

  /** The keys {@code fuel.<code>.ncv}, {@code .cc}, {@code .of} of a fuel code, made once. */
  String[] fuelKeys(String code) {
    String[] keys = fuelKeys.get(code);
    if (keys == null) {
      String k = "fuel." + code;
      keys = new String[] {k + ".ncv", k + ".cc", k + ".of"};
      fuelKeys.put(code, keys);
    }
    return keys;
  }

  /** The GWP of a gas under the selected set, as a traceable factor. */
  public Optional<Factor> gwp(String gas, boolean fossil, String pointer) {
    String cacheKey = gas + "|" + fossil;
    Factor cached = gwpFactors.get(cacheKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Gwp> g = GwpTable.standard().lookup(gas, gwpSet, fossil);
    if (g.isEmpty()) {
      issues.add(
          Issue.error(
              Codes.MISSING_FACTOR,
              pointer,
              "GWP set " + gwpSet + " has no GWP-100 for " + gas,
              gas,
              "a gas listed in " + gwpSet));
      return Optional.empty();
    }
    Gwp v = g.get();
    Factor f =
        new Factor(
            "GWP-" + gwpSet,
            "gwp." + v.gas() + (v.fossil() ? ".fossil" : ""),
            v.value(),
            "tCO2e/t",
            v.citation(),
            Confidence.fromCode(v.confidence()).orElse(Confidence.U),
            null,
            "");
    gwpFactors.put(cacheKey, f);
    return Optional.of(f);
  }

  /** The grid-factor chooser of this calculation (caches per grid). */
  public GridResolver grids() {
    return grids;
  }
}
