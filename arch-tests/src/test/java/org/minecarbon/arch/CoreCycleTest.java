package org.minecarbon.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/** The feature packages of core ({@code org.minecarbon.core.<feature>..}) form no cycle. */
class CoreCycleTest {

  /**
   * DOCUMENTED EXCEPTION, reported to the lead: {@code core.balance} and {@code core.calc} depend
   * on each other. {@code balance.Balance} holds a {@code calc.Calculation} (the natural direction:
   * the balance aggregates calculation lines), while {@code calc.CalcLine} (and the calculators)
   * name the {@code balance.Column} a line lands in. Only that back edge, calc → {@code Column}, is
   * ignored; every other cycle fails. Remove this exception when {@code Column} moves to {@code
   * calc} (or to a package both use). It is an explicit exception rather than a frozen violation
   * because the lead's calculators will add many more uses of {@code Column}, each of which a
   * frozen store would report as new.
   */
  @Test
  void coreFeatures_dependingOnEachOther_formNoCycle() {
    slices()
        .matching("org.minecarbon.core.(*)..")
        .namingSlices("core.$1")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.minecarbon.core.calc.."), balanceColumn())
        .check(ProductionClasses.all());
  }

  private static DescribedPredicate<JavaClass> balanceColumn() {
    return describe(
        "org.minecarbon.core.balance.Column",
        c -> c.getBaseComponentType().getName().equals("org.minecarbon.core.balance.Column"));
  }
}
