package org.minecarbon.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The production classes of all modules on the test class path, imported once per JVM.
 *
 * <p>The rules are run from plain JUnit {@code @Test} methods with {@code rule.check(classes)}
 * rather than as {@code @ArchTest} fields: Maven Surefire 3.5.3 (the version pinned in the parent
 * POM) silently skips {@code @ArchTest} fields (SUREFIRE-2298, ArchUnit issue #1442; fixed in
 * 3.5.4), which would let every rule pass without running.
 */
final class ProductionClasses {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(locations());

  private ProductionClasses() {}

  static JavaClasses all() {
    return ALL;
  }

  /**
   * Every module on the class path, plus the server's compiled classes: the server's jar is a
   * Spring Boot fat jar (classes under {@code BOOT-INF/}), so they are read from {@code
   * server/target/classes}, which the reactor builds before this module.
   */
  private static Set<Location> locations() {
    Set<Location> all = new LinkedHashSet<>(Locations.ofPackage("org.minecarbon"));
    Path server = ProjectFiles.root().resolve("server/target/classes");
    if (!Files.isDirectory(server.resolve("org/minecarbon/server"))) {
      throw new IllegalStateException("server classes not built: " + server);
    }
    all.add(Location.of(server));
    return all;
  }
}
