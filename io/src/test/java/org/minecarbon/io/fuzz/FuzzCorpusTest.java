package org.minecarbon.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * Every file of the malformed-input corpus ({@code fuzz/json}, {@code fuzz/xlsx}, {@code fuzz/csv}:
 * one folder per CSV case) keeps the fuzz properties and gives the issue code its folder's
 * README.md table expects ({@code OK}: reads without errors). A file missing from the table fails.
 */
class FuzzCorpusTest {
  static Path corpus(String kind) {
    try {
      return Path.of(FuzzCorpusTest.class.getResource(kind).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** file → expected code, from the {@code | file | code | what |} rows of the README table. */
  static Map<String, String> expectations(Path dir) {
    Map<String, String> expected = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(dir.resolve("README.md"), StandardCharsets.UTF_8)) {
        String[] cells = line.split("\\|");
        if (cells.length >= 3 && cells[1].contains("`")) {
          expected.put(cells[1].replace("`", "").trim(), cells[2].replace("`", "").trim());
        }
      }
      return expected;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> json_everyCorpusFile_givesItsExpectedCode() {
    return cases("json", p -> FuzzChecks.json(bytes(p)));
  }

  @TestFactory
  Stream<DynamicTest> xlsx_everyCorpusFile_givesItsExpectedCode() {
    return cases("xlsx", p -> FuzzChecks.xlsx(bytes(p)));
  }

  @TestFactory
  Stream<DynamicTest> csv_everyCorpusFolder_givesItsExpectedCode() {
    return cases("csv", FuzzChecks::csv);
  }

  private static Stream<DynamicTest> cases(String kind, Function<Path, Result<Inventory>> read) {
    Path dir = corpus(kind);
    Map<String, String> expected = expectations(dir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(dir)) {
      String name = file.getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(
              kind + "/" + name,
              () -> {
                Result<Inventory> r = read.apply(file);
                List<String> codes = r.errors().stream().map(Issue::code).toList();
                assertThat(expected)
                    .as("%s/%s is listed in README.md (it gives %s)", kind, name, codes)
                    .containsKey(name);
                if (expected.get(name).equals("OK")) {
                  assertThat(r.errors()).as(kind + "/" + name).isEmpty();
                } else {
                  assertThat(codes).as(kind + "/" + name).contains(expected.get(name));
                }
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            kind + " README lists only existing files",
            () ->
                assertThat(files(dir).stream().map(p -> p.getFileName().toString()))
                    .containsAll(expected.keySet())));
    return tests.stream();
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
