package org.minecarbon.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/** The feature packages of core ({@code org.minecarbon.core.<feature>..}) form no cycle. */
class CoreCycleTest {

  @Test
  void coreFeatures_dependingOnEachOther_formNoCycle() {
    slices()
        .matching("org.minecarbon.core.(*)..")
        .namingSlices("core.$1")
        .should()
        .beFreeOfCycles()
        .check(ProductionClasses.all());
  }
}
