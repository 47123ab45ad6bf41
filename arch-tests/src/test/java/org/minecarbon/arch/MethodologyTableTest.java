package org.minecarbon.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/methodology.md lists every shipped default (§10) and every GWP value (§4). The data files
 * are the single source of truth; this test fails when a value in the files and in the document
 * disagree, so the verifier's document cannot drift from what the engine uses.
 */
class MethodologyTableTest {
  private static final Path RESOURCES = ProjectFiles.root().resolve("core/src/main/resources");
  private static final String DOC =
      ProjectFiles.read(ProjectFiles.root().resolve("docs/methodology.md"));

  @Test
  void defaultsTable_everyFactorRow_isListedWithValueUnitAndSet() {
    List<String> expected = new ArrayList<>();
    for (List<String> set : ProjectFiles.csvRows(RESOURCES.resolve("factors/sets.csv"))) {
      String id = set.get(0);
      for (String file : set.get(4).split("\\|")) {
        for (List<String> f : ProjectFiles.csvRows(RESOURCES.resolve("factors/" + file.strip()))) {
          expected.add(
              "| `%s` | %s | %s | %s | [%s] |"
                  .formatted(f.get(0), f.get(1), f.get(2), id, f.get(4)));
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(200);
    assertThat(expected).filteredOn(row -> !DOC.contains(row)).as("rows missing in §10").isEmpty();
  }

  @Test
  void gwpTable_everyValue_isListedInItsGasRow() {
    List<String> header = ProjectFiles.split("gas,fossil,SAR,c,c,AR4,c,c,AR5,c,c,AR6,c,c");
    List<String> missing = new ArrayList<>();
    List<List<String>> rows = ProjectFiles.csvRows(RESOURCES.resolve("gwp.csv"));
    assertThat(rows).hasSizeGreaterThan(5);
    for (List<String> r : rows) {
      String variant =
          "true".equals(r.get(1)) ? "fossil" : r.get(0).equals("CH4") ? "non-fossil" : "";
      String line =
          DOC.lines()
              .filter(l -> l.startsWith("| " + r.get(0) + " | " + variant))
              .findFirst()
              .orElse("");
      for (int i = 2; i < r.size(); i += 3) {
        String cell = r.get(i).isEmpty() ? "—" : r.get(i) + " [" + r.get(i + 2) + "]";
        if (!line.contains("| " + cell + " |")) {
          missing.add(r.get(0) + " " + variant + " " + header.get(i) + " = " + cell);
        }
      }
    }
    assertThat(missing).as("GWP values missing in §4").isEmpty();
  }
}
