package org.minecarbon.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
  void defaultsTable_everyFactorRow_isListedWithValueUnitAndSet() throws IOException {
    List<String> expected = new ArrayList<>();
    StringBuilder generated = new StringBuilder();
    for (List<String> set : ProjectFiles.csvRows(RESOURCES.resolve("factors/sets.csv"))) {
      String id = set.get(0);
      for (String file : set.get(4).split("\\|")) {
        generated.append(HEADING.formatted(id, file.strip()));
        for (List<String> f : ProjectFiles.csvRows(RESOURCES.resolve("factors/" + file.strip()))) {
          String row =
              "| `%s` | %s | %s | %s | [%s] |"
                  .formatted(f.get(0), f.get(1), f.get(2), id, f.get(4));
          expected.add(row);
          generated.append(row).append(" %s | %s |%n".formatted(cell(f, 3), cell(f, 6)));
        }
      }
    }
    Path out = Path.of("target", "methodology-defaults.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, generated);
    assertThat(expected).hasSizeGreaterThan(200);
    assertThat(expected)
        .filteredOn(row -> !DOC.contains(row))
        .as("rows missing in docs/methodology.md §10; regenerated table: arch-tests/" + out)
        .isEmpty();
  }

  private static final String HEADING =
      "%n#### %s: `factors/%s`%n%n| key | value | unit | set | conf. | citation | note |%n"
          + "|---|---:|---|---|:-:|---|---|%n";

  private static String cell(List<String> row, int i) {
    return i < row.size() ? row.get(i).replace("|", "\\|") : "";
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
