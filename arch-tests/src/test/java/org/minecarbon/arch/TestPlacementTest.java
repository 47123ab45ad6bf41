package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * Test classes live in test sources. Only production classes are imported, so a {@code *Test} or
 * {@code *IT} class found at all was compiled from {@code src/main/java}.
 */
class TestPlacementTest {

  @Test
  void testClasses_inMainSources_areForbidden() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Test")
        .orShould()
        .haveSimpleNameEndingWith("IT")
        .because("*Test and *IT classes belong in src/test/java (Surefire and Failsafe)")
        .check(ProductionClasses.all());
  }
}
