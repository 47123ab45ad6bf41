package org.minecarbon.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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
          .importPackages("org.minecarbon");

  private ProductionClasses() {}

  static JavaClasses all() {
    return ALL;
  }
}
