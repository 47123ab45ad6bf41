package org.minecarbon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The use-case layer and its adapters (issue 9, house style "ports and adapters"): {@code app}
 * holds the use cases without a framework; the adapters ({@code server}, {@code cli}, later {@code
 * stream}) call {@code app} and never each other; inside the server, the API and the UI are
 * adapters too. {@code core}, {@code lca}, {@code planning} and {@code meter} stay framework-free.
 *
 * <p>Every rule is a function of the base package so that {@link
 * #rules_onDeliberateViolations_fail} can run the same rule on the fixtures in {@code
 * org.minecarbon.arch.fixture} and show it failing.
 */
class LayerTest {
  private static final String BASE = "org.minecarbon";

  /** What a use case must not depend on: web, servlet, security, CLI, messaging frameworks. */
  static final String[] NOT_IN_USE_CASES = {
    "org.springframework..",
    "jakarta..",
    "javax.servlet..",
    "com.fasterxml.jackson.annotation..",
    "picocli..",
    "org.apache.kafka..",
    "org.apache.flink.."
  };

  static final String[] ADAPTERS = {"server", "cli", "stream"};

  @Test
  void import_productionClasses_containsAppAndServer() {
    // Guards every rule below against passing on a partial import.
    assertThat(ProductionClasses.all().stream().map(JavaClass::getName))
        .contains(
            "org.minecarbon.app.App",
            "org.minecarbon.app.access.Actor",
            "org.minecarbon.server.config.AppConfig",
            "org.minecarbon.server.api.ResultApi",
            "org.minecarbon.cli.Main");
  }

  @Test
  void app_dependingOnFrameworks_isForbidden() {
    useCasesFrameworkFree(BASE).check(ProductionClasses.all());
  }

  @Test
  void app_dependingOnAdapters_isForbidden() {
    useCasesWithoutAdapters(BASE).check(ProductionClasses.all());
  }

  @Test
  void adapters_importingEachOther_isForbidden() {
    for (String from : ADAPTERS) {
      for (String to : ADAPTERS) {
        if (!from.equals(to)) {
          adapterIndependent(BASE, from, to).check(ProductionClasses.all());
        }
      }
    }
  }

  @Test
  void serverApiAndUi_importingEachOther_isForbidden() {
    adapterIndependent(BASE + ".server", "api", "ui").check(ProductionClasses.all());
    adapterIndependent(BASE + ".server", "ui", "api").check(ProductionClasses.all());
  }

  @Test
  void engines_dependingOnFrameworks_isForbidden() {
    for (String engine : new String[] {"core", "lca", "planning", "meter"}) {
      noClasses()
          .that()
          .resideInAPackage(BASE + "." + engine + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ModuleDependencyTest.FRAMEWORKS)
          .because(engine + " is framework-free (house style)")
          .check(ProductionClasses.all());
    }
  }

  @Test
  void innerModules_dependingOnApp_isForbidden() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE + ".core..", BASE + ".io..", BASE + ".store..", BASE + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".app..")
        .because("app builds on core, io, store and report, not the other way round")
        .check(ProductionClasses.all());
  }

  @Test
  void rules_onDeliberateViolations_fail() {
    JavaClasses fixtures = new ClassFileImporter().importPackages("org.minecarbon.arch.fixture");
    String base = "org.minecarbon.arch.fixture";

    assertThatThrownBy(() -> useCasesWithoutAdapters(base).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no classes that reside in a package '" + base + ".app..'")
        .hasMessageContaining("UseCaseCallingWeb");
    assertThatThrownBy(() -> adapterIndependent(base, "cli", "server").check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("adapters never import each other")
        .hasMessageContaining("CommandCallingWeb");
    // the same rules hold where nothing breaks them
    adapterIndependent(base, "server", "cli").check(fixtures);
  }

  static ArchRule useCasesFrameworkFree(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(NOT_IN_USE_CASES)
        .because("use cases run the same under the web server, the CLI and a stream job");
  }

  static ArchRule useCasesWithoutAdapters(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".server..", base + ".cli..", base + ".stream..")
        .because("adapters call the use cases, never the other way round");
  }

  static ArchRule adapterIndependent(String base, String from, String to) {
    return noClasses()
        .that()
        .resideInAPackage(base + "." + from + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + "." + to + "..")
        .because("adapters never import each other; shared logic belongs in app")
        .allowEmptyShould(true);
  }
}
