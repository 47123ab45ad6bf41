package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.io.Sheets.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.testkit.Fixtures;

class LoadTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  @TempDir Path tmp;

  @Test
  void load_validFixtures_haveNoErrors() {
    for (String f : new String[] {Fixtures.RICH, Fixtures.MINIMAL}) {
      Result<Inventory> r = Documents.load(Fixtures.path(f), LIBRARY);
      assertThat(r.errors()).as(f).isEmpty();
    }
  }

  @Test
  void load_workbookWithSemanticErrors_issuesCarryWorkbookLocation() throws IOException {
    Path xlsx = tmp.resolve("bad.xlsx");
    Files.write(
        xlsx,
        Sheets.of("sites", row("id"), row("north"))
            .and(
                "activities",
                row("period", "site", "source", "fuel", "quantity", "unit"),
                row("2024", "north", "fuel", "diesel", 10.0, "t"),
                row("2024", "south", "fuel", "whale-oil", 3.0, "t"),
                row("2024", "north", "fuel", "diesel", -3.0, "t"))
            .withEnterprise()
            .bytes());
    Result<Inventory> r = Documents.load(xlsx, LIBRARY);
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors())
        .extracting(Issue::code)
        .contains(Codes.UNKNOWN_SITE, Codes.UNKNOWN_FUEL, Codes.NEGATIVE_QUANTITY);
    assertThat(r.errors())
        .filteredOn(i -> i.code().equals(Codes.NEGATIVE_QUANTITY))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.pointer()).isEqualTo("/activities/2/quantity");
              assertThat(i.location()).isEqualTo("sheet activities, row 4, column quantity");
            });
  }

  @Test
  void load_structurallyBrokenDocument_stopsBeforeSemanticChecks() {
    Result<Inventory> r = Documents.load(Fixtures.path(Fixtures.BROKEN_FIELDS), LIBRARY);
    assertThat(r.issues().stream().map(i -> i.code() + " " + i.pointer()).toList())
        .containsExactlyElementsOf(Fixtures.expectedIssues(Fixtures.BROKEN_FIELDS));
  }
}
