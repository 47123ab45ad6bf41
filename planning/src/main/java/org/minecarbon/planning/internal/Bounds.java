package org.minecarbon.planning.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.planning.model.YearBound;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Target;

/** The year bounds of a plan's targets (contract §1.4); targets were validated before. */
public final class Bounds {
  private Bounds() {}

  /** The earliest neutral year, or −1. */
  public static int neutralYear(PlanDocument doc) {
    return doc.targets().stream()
        .filter(t -> t instanceof Target.Neutral)
        .mapToInt(Target::year)
        .min()
        .orElse(-1);
  }

  /** The earliest peak year, or −1. */
  public static int peakYear(PlanDocument doc) {
    return doc.targets().stream()
        .filter(t -> t instanceof Target.Peak)
        .mapToInt(Target::year)
        .min()
        .orElse(-1);
  }

  /** Every (target, year) bound; a later neutral target adds nothing to the earliest one's. */
  public static List<List<YearBound>> of(PlanDocument doc, Balance balance) {
    List<List<YearBound>> out = new ArrayList<>();
    int neutral = neutralYear(doc);
    for (int i = 0; i < doc.targets().size(); i++) {
      List<YearBound> list = new ArrayList<>();
      Target target = doc.targets().get(i);
      int k0 = target.year() - doc.from();
      switch (target) {
        case Target.Peak p -> {
          for (int k = k0 + 1; k < doc.years(); k++) {
            list.add(new YearBound.Peak(i, k, k0));
          }
        }
        case Target.Cap c -> list.add(new YearBound.Max(i, k0, c.max()));
        case Target.Intensity in -> intensity(doc, balance, i, in, list);
        case Target.Neutral n -> {
          for (int k = k0; k < doc.years() && n.year() == neutral; k++) {
            list.add(new YearBound.Neutral(i, k, doc.maxShare()));
          }
        }
      }
      out.add(list);
    }
    return out;
  }

  private static void intensity(
      PlanDocument doc, Balance balance, int i, Target.Intensity in, List<YearBound> list) {
    int b = in.baseYear() == null ? doc.baseYear() : in.baseYear();
    BalanceYear by = balance.year(b).orElseThrow();
    double ratio = by.totals().emissionsTotal() / by.production().get(in.product());
    double prodBase = balance.year(doc.baseYear()).orElseThrow().production().get(in.product());
    for (int k = in.year() - doc.from(); k < doc.years(); k++) {
      double prod = prodBase * doc.index(doc.from() + k);
      list.add(new YearBound.Max(i, k, (1 - in.reduction()) * ratio * prod));
    }
  }
}
