package org.minecarbon.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every package under a module's {@code src/main/java} has a {@code package-info.java} that states
 * its purpose and is {@code @NullMarked}. A file-system scan: package-info carries no byte code
 * ArchUnit could see reliably.
 */
class PackageInfoTest {
  private static List<Path> packages = List.of();

  @BeforeAll
  static void scan() {
    Path root = ProjectFiles.root();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path main :
          modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> dirs = Files.walk(main)) {
          dirs.filter(Files::isDirectory).filter(PackageInfoTest::hasJavaSources).forEach(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    packages = List.copyOf(out);
  }

  @Test
  void scan_projectWithCore_findsCorePackages() {
    // Guards the other tests against passing on an empty scan (wrong working directory).
    assertThat(packages)
        .map(Path::toString)
        .anyMatch(
            p -> p.replace('\\', '/').endsWith("core/src/main/java/org/minecarbon/core/factor"));
  }

  @Test
  void mainPackages_withJavaSources_havePackageInfo() {
    assertThat(packages)
        .filteredOn(p -> !Files.isRegularFile(p.resolve("package-info.java")))
        .as("packages without package-info.java")
        .isEmpty();
  }

  @Test
  void packageInfo_inMainSources_isNullMarkedWithJavadoc() {
    assertThat(packages)
        .map(p -> p.resolve("package-info.java"))
        .filteredOn(Files::isRegularFile)
        .filteredOn(f -> !(read(f).contains("@NullMarked") && read(f).contains("/**")))
        .as("package-info.java without a Javadoc sentence or @NullMarked")
        .isEmpty();
  }

  private static boolean hasJavaSources(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    return ProjectFiles.read(file);
  }
}
