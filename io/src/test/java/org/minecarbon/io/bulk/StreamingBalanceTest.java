package org.minecarbon.io.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.testkit.Fixtures;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streamed balance of a JSON file equals the tree path ({@code Documents.load} then {@code
 * BalanceCalculator}) on the same file: figures, warnings, and for invalid files the issues.
 */
class StreamingBalanceTest {
  private static final FactorLibrary LIB = FactorLibrary.builtIn();
  private static final double REL = 1e-9;

  @TempDir Path dir;

  static Result<Balance> treePath(Path file) {
    return Documents.load(file, LIB).flatMap(inv -> new BalanceCalculator(LIB).calculate(inv));
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.RICH, Fixtures.MINIMAL})
  void balance_fixture_equalsTreePath(String fixture) {
    Path file = Fixtures.path(fixture);
    Balance expected = treePath(file).orElseThrow();
    Result<Balance> actual = StreamingBalance.balance(file, LIB);
    assertThat(actual.isOk()).as("%s", actual.issues()).isTrue();
    assertSame(actual.orElseThrow(), expected);
    assertThat(distinct(actual.issues())).isEqualTo(distinct(treePath(file).issues()));
  }

  @Test
  void balance_brokenFields_reportsTheTreeReadersIssuesAndNoBalance() {
    Path file = Fixtures.path(Fixtures.BROKEN_FIELDS);
    Result<Balance> actual = StreamingBalance.balance(file, LIB);
    assertThat(actual.isOk()).isFalse();
    assertThat(actual.issues()).isEqualTo(treePath(file).issues());
    assertThat(actual.issues())
        .extracting(i -> i.code() + " " + i.pointer())
        .containsAll(Fixtures.expectedIssues(Fixtures.BROKEN_FIELDS));
  }

  @Test
  void balance_structuralAndSemanticProblems_reportedTogetherWithPointers() throws IOException {
    Path file =
        write(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},
             "sites":[{"id":"a"}],
             "activities":[
               {"period":"2024","source":"fuel","fuel":"diesel","quantity":1,"unit":"furlong"},
               {"period":"2024","source":"fuel","fuel":"木头","quantity":1,"unit":"t"},
               {"period":"2024","source":"fuel","fuel":"diesel","quantity":-3,"unit":"t"},
               {"period":"2024","source":"heat","quantity":5,"unit":"GJ","site":"zz"}
             ]}
            """);
    Result<Balance> actual = StreamingBalance.balance(file, LIB);
    assertThat(actual.issues())
        .extracting(Issue::code, Issue::pointer)
        .containsExactly(
            tuple(Codes.UNKNOWN_UNIT, "/activities/0/unit"),
            tuple(Codes.UNKNOWN_FUEL, "/activities/1/fuel"),
            tuple(Codes.NEGATIVE_QUANTITY, "/activities/2/quantity"),
            tuple(Codes.UNKNOWN_SITE, "/activities/3/site"));
    assertThat(actual.issues()).isEqualTo(treePath(file).issues());
  }

  @Test
  void balance_semanticErrorsOnly_sameIssuesAsTreePath() throws IOException {
    Path file =
        write(
            """
            {"format":"minecarbon/inventory@1","enterprise":{"name":"x"},
             "sites":[{"id":"a"},{"id":"b"}],
             "activities":[
               {"period":"2024","site":"a","source":"fuel","fuel":"diesel","quantity":1,"unit":"t"},
               {"period":"2024","source":"fuel","fuel":"diesel","quantity":1,"unit":"t"},
               {"id":"r","period":"2024","site":"b","source":"heat","quantity":-5,"unit":"GJ"}
             ],
             "sinks":[{"id":"r","period":"2024","site":"a","sink":"storage","captured":1,
                       "losses":2,"unit":"t"}]}
            """);
    Result<Balance> actual = StreamingBalance.balance(file, LIB);
    assertThat(actual.isOk()).isFalse();
    assertThat(actual.issues()).isEqualTo(treePath(file).issues());
    assertThat(actual.issues())
        .extracting(Issue::code)
        .contains(Codes.SITE_REQUIRED, Codes.NEGATIVE_QUANTITY, Codes.DUPLICATE_ID);
  }

  @Test
  void balance_headerAfterRows_readsTheFileTwiceWithTheSameResult() throws IOException {
    ObjectNode rich = (ObjectNode) JsonCodec.mapper().readTree(Fixtures.text(Fixtures.RICH));
    ObjectNode reordered = JsonCodec.mapper().createObjectNode();
    for (String name : List.of("activities", "sinks", "production")) {
      reordered.set(name, rich.get(name));
    }
    rich.properties().forEach(e -> reordered.putIfAbsent(e.getKey(), e.getValue()));
    Path file = write(reordered.toString());
    Balance expected = treePath(file).orElseThrow();
    assertSame(StreamingBalance.balance(file, LIB).orElseThrow(), expected);
  }

  @Test
  void balance_notJson_reportsInvalidJsonOnly() {
    Result<Balance> actual = StreamingBalance.balance(Fixtures.path(Fixtures.BROKEN_SYNTAX), LIB);
    assertThat(actual.issues()).extracting(Issue::code).containsExactly(Codes.INVALID_JSON);
  }

  private Path write(String json) throws IOException {
    Path file = dir.resolve("doc" + System.nanoTime() + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Issue> distinct(List<Issue> issues) {
    return new ArrayList<>(new LinkedHashSet<>(issues));
  }

  static void assertSame(Balance actual, Balance expected) {
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
    assertThat(actual.years())
        .extracting(BalanceYear::year)
        .isEqualTo(expected.years().stream().map(BalanceYear::year).toList());
    for (int i = 0; i < expected.years().size(); i++) {
      BalanceYear a = actual.years().get(i);
      BalanceYear e = expected.years().get(i);
      for (Column c : Column.values()) {
        close(a.totals().get(c), e.totals().get(c));
      }
      close(a.energyTce(), e.energyTce());
      for (Map<String, Double>[] pair :
          pairs(a.byGas(), e.byGas(), a.bySite(), e.bySite(), a.byStage(), e.byStage())) {
        assertThat(pair[0].keySet()).containsExactlyElementsOf(pair[1].keySet());
        pair[1].forEach((k, v) -> close(pair[0].get(k), v));
      }
      assertThat(a.intensity().keySet()).isEqualTo(e.intensity().keySet());
      e.intensity().forEach((k, v) -> close(a.intensity().get(k), v));
      assertThat(a.months().keySet()).isEqualTo(e.months().keySet());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Double>[]> pairs(Map<String, Double>... maps) {
    List<Map<String, Double>[]> out = new ArrayList<>();
    for (int i = 0; i < maps.length; i += 2) {
      out.add(new Map[] {maps[i], maps[i + 1]});
    }
    return out;
  }

  private static void close(double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .isLessThanOrEqualTo(REL * Math.max(1, Math.abs(expected)));
  }
}
