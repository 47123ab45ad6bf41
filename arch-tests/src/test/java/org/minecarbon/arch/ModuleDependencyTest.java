package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/**
 * Modules point inward: core is pure Java, io builds on core, cli on core and io (CONTRIBUTING.md,
 * "Module layout").
 */
class ModuleDependencyTest {

  /** Frameworks and infrastructure APIs that must never reach the engine. */
  static final String[] FRAMEWORKS = {
    "org.springframework..",
    "tools.jackson..",
    "com.fasterxml..",
    "org.apache.poi..",
    "picocli..",
    "java.sql..",
    "javax..",
    "jakarta.."
  };

  @Test
  void import_productionClasses_containsCoreAndIo() {
    // Guards every rule below against passing on an empty or partial import.
    assertThat(ProductionClasses.all().stream().map(JavaClass::getName))
        .contains("org.minecarbon.core.balance.Balance", "org.minecarbon.io.Documents")
        .noneMatch(name -> name.startsWith("org.minecarbon.arch."));
  }

  @Test
  void core_dependingOnFramework_isForbidden() {
    noClasses()
        .that()
        .resideInAPackage("org.minecarbon.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because("core is framework-free: the engine runs the same under CLI, HTTP and stream")
        .check(ProductionClasses.all());
  }

  @Test
  void core_dependingOnLibraries_onlyJdkAndJspecify() {
    noClasses()
        .that()
        .resideInAPackage("org.minecarbon.core..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.jspecify..", "org.minecarbon.core..")
        .because("a library in core is a deliberate decision: change this rule with it")
        .check(ProductionClasses.all());
  }

  @Test
  void core_dependingOnOuterModules_isForbidden() {
    noClasses()
        .that()
        .resideInAPackage("org.minecarbon.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.minecarbon.io..",
            "org.minecarbon.cli..",
            "org.minecarbon.report..",
            "org.minecarbon.store..",
            "org.minecarbon.server..",
            "org.minecarbon.testkit..",
            "org.minecarbon.bench..")
        .because("core is the innermost module")
        .check(ProductionClasses.all());
  }

  @Test
  void io_dependingOnCli_isForbidden() {
    noClasses()
        .that()
        .resideInAPackage("org.minecarbon.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.minecarbon.cli..",
            "org.minecarbon.bench..",
            "org.minecarbon.report..",
            "org.minecarbon.store..",
            "org.minecarbon.server..")
        .because("io is an adapter used by cli; adapters never import their callers")
        .check(ProductionClasses.all());
  }

  @Test
  void reportAndStore_dependingOnCallers_isForbidden() {
    noClasses()
        .that()
        .resideInAnyPackage("org.minecarbon.report..", "org.minecarbon.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.minecarbon.cli..", "org.minecarbon.server..", "org.minecarbon.bench..")
        .because("report and store serve the cli and the server; they never import them")
        .check(ProductionClasses.all());
  }

  @Test
  void reportAndStore_dependingOnEachOther_isForbidden() {
    noClasses()
        .that()
        .resideInAPackage("org.minecarbon.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.minecarbon.store..")
        .because("reports are written from a balance, whatever stores it")
        .check(ProductionClasses.all());
  }

  @Test
  void productionCode_dependingOnTestkit_isForbidden() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.minecarbon.core..",
            "org.minecarbon.io..",
            "org.minecarbon.cli..",
            "org.minecarbon.report..",
            "org.minecarbon.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.minecarbon.testkit..")
        .because("testkit holds test fixtures and is used in test scope only")
        .check(ProductionClasses.all());
  }
}
