package org.minecarbon.app.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRepository.RowKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The oracle is what a row edit did before {@link RowChecks}: put the row into the whole document,
 * validate everything, keep the issues under the row. On every row of every example, unchanged and
 * with mutations that hit the cross-row check (an id used earlier), the site check and field
 * checks, both must give the same issues in the same order.
 */
class RowChecksTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      // only inventory documents: plan documents and footprint links live there too
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(RowChecksTest::isInventory)
          .sorted()
          .toList()
          .stream();
    }
  }

  private static boolean isInventory(Path json) {
    try {
      return "minecarbon/inventory@1"
          .equals(JsonCodec.mapper().readTree(Files.readString(json)).path("format").asString(""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void issues_everyRowAndMutation_sameAsWholeDocumentValidation(Path file) throws IOException {
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(Files.readString(file));
    int compared = 0;
    for (RowKind kind : RowKind.values()) {
      ArrayNode rows = array(doc, kind);
      for (int index = 0; index < rows.size(); index++) {
        for (ObjectNode row : mutations(doc, (ObjectNode) rows.get(index))) {
          assertThat(update(doc, kind, index, row))
              .as("%s /%s/%d as %s", file, kind.arrayName(), index, row)
              .isEqualTo(oracleUpdate(doc, kind, index, row));
          assertThat(add(doc, kind, row))
              .as("%s new %s %s", file, kind.code(), row)
              .isEqualTo(oracleAdd(doc, kind, row));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(0);
  }

  /** The row itself, and the row broken in ways that involve other rows and the sites. */
  private static List<ObjectNode> mutations(ObjectNode doc, ObjectNode row) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(row.deepCopy());
    String firstId = firstId(doc);
    if (firstId != null) {
      ObjectNode dup = row.deepCopy();
      dup.put("id", firstId); // DUPLICATE_ID unless the row is the first one with it
      out.add(dup);
      ObjectNode broken = dup.deepCopy();
      broken.put("site", "no-such-site");
      if (broken.has("quantity")) {
        broken.put("quantity", -5);
      }
      out.add(broken);
    }
    ObjectNode noSite = row.deepCopy();
    noSite.remove("site");
    noSite.put("period", "2024-13");
    out.add(noSite);
    return out;
  }

  private static List<Issue> update(ObjectNode doc, RowKind kind, int index, ObjectNode row) {
    List<RowKey> keys = keys(doc);
    long rowId =
        keys.stream()
            .filter(k -> k.kind() == kind && k.index() == index)
            .findFirst()
            .orElseThrow()
            .id();
    return RowChecks.issues(skeleton(doc), keys, kind, row.deepCopy(), rowId, LIBRARY);
  }

  private static List<Issue> add(ObjectNode doc, RowKind kind, ObjectNode row) {
    return RowChecks.issues(skeleton(doc), keys(doc), kind, row.deepCopy(), null, LIBRARY);
  }

  private static List<Issue> oracleUpdate(ObjectNode doc, RowKind kind, int index, ObjectNode row) {
    ObjectNode whole = doc.deepCopy();
    array(whole, kind).set(index, row.deepCopy());
    return under(whole, "/" + kind.arrayName() + "/" + index);
  }

  private static List<Issue> oracleAdd(ObjectNode doc, RowKind kind, ObjectNode row) {
    ObjectNode whole = doc.deepCopy();
    array(whole, kind).add(row.deepCopy());
    return under(whole, "/" + kind.arrayName() + "/" + (array(whole, kind).size() - 1));
  }

  private static List<Issue> under(ObjectNode whole, String prefix) {
    return DocumentChecks.issuesUnder(DocumentChecks.check(whole, LIBRARY).issues(), prefix);
  }

  private static ObjectNode skeleton(ObjectNode doc) {
    ObjectNode s = doc.deepCopy();
    for (RowKind kind : RowKind.values()) {
      s.putArray(kind.arrayName());
    }
    return s;
  }

  /** Row ids as the store keeps them: database ids are the document order here. */
  private static List<RowKey> keys(ObjectNode doc) {
    List<RowKey> keys = new ArrayList<>();
    long id = 1;
    for (RowKind kind : RowKind.values()) {
      ArrayNode rows = array(doc, kind);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode key = rows.get(i).get("id");
        keys.add(new RowKey(id++, kind, i, key != null && key.isString() ? key.asString() : null));
      }
    }
    return keys;
  }

  private static @Nullable String firstId(ObjectNode doc) {
    for (RowKind kind : RowKind.values()) {
      for (JsonNode r : array(doc, kind)) {
        if (r.get("id") != null && r.get("id").isString()) {
          return r.get("id").asString();
        }
      }
    }
    return null;
  }

  private static ArrayNode array(ObjectNode doc, RowKind kind) {
    if (!(doc.get(kind.arrayName()) instanceof ArrayNode a)) {
      return doc.putArray(kind.arrayName());
    }
    return a;
  }
}
