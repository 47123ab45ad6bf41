package org.minecarbon.app.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.DocumentChecks;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.io.json.RowReader;
import org.minecarbon.store.inventory.RowKind;
import org.minecarbon.store.inventory.RowRepository.RowKey;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The issues of one new or changed row, as validating the whole enterprise document would report
 * them (same codes, messages, order; pointers relative to the row), without reading the other rows:
 * the row is read and validated in the enterprise's skeleton (header, settings, sites), and the one
 * check that depends on other rows — a row id already used earlier in the document ({@code
 * DUPLICATE_ID}) — is answered from the stored row ids.
 */
final class RowChecks {
  private RowChecks() {}

  /**
   * @param skeleton the enterprise's document without rows (it is changed)
   * @param keys every stored row's id in document order
   * @param kind the row's kind
   * @param row the row's document
   * @param rowId the database id of the row being changed, or null for a new row (appended last)
   */
  static List<Issue> issues(
      ObjectNode skeleton,
      List<RowKey> keys,
      RowKind kind,
      ObjectNode row,
      @Nullable Long rowId,
      FactorLibrary library) {
    ((ArrayNode) skeleton.get(kind.arrayName())).add(row);
    String prefix = "/" + kind.arrayName() + "/0";
    Result<Inventory> read = InventoryReader.read(skeleton, false);
    List<Issue> all = new ArrayList<>(read.issues());
    Issue duplicate = duplicate(keys, kind, row, rowId, prefix);
    if (read instanceof Result.Ok<Inventory> ok) {
      List<Issue> validation = new ArrayList<>(InventoryValidator.validate(ok.value(), library));
      if (duplicate != null) {
        validation.add(afterSiteIssue(validation, prefix), duplicate);
      }
      all.addAll(validation);
      return DocumentChecks.issuesUnder(all, prefix);
    }
    // With a structural error the reader still checks the row's other fields (semantic issues
    // follow the row's structural ones); the id is checked there too, right after the site.
    List<Issue> out = new ArrayList<>(DocumentChecks.issuesUnder(all, prefix));
    if (duplicate != null) {
      int at = structuralCount(kind, row, prefix);
      boolean site =
          at < out.size()
              && out.get(at).pointer().equals("/site")
              && (out.get(at).code().equals(Codes.SITE_REQUIRED)
                  || out.get(at).code().equals(Codes.UNKNOWN_SITE));
      out.add(Math.min(site ? at + 1 : at, out.size()), withPointer(duplicate, "/id"));
    }
    return out;
  }

  /** How many structural issues the reader finds in the row on its own. */
  private static int structuralCount(RowKind kind, ObjectNode row, String prefix) {
    RowReader reader = new RowReader();
    switch (kind) {
      case ACTIVITY -> reader.activity(row, prefix);
      case SINK -> reader.sink(row, prefix);
      case PRODUCTION -> reader.production(row, prefix);
    }
    return reader.takeIssues().size();
  }

  private static Issue withPointer(Issue i, String pointer) {
    return new Issue(
        i.code(), i.severity(), i.message(), pointer, i.value(), i.expected(), i.location());
  }

  /** The validator's {@code DUPLICATE_ID} of the row, when an earlier row has its id. */
  private static @Nullable Issue duplicate(
      List<RowKey> keys, RowKind kind, ObjectNode row, @Nullable Long rowId, String prefix) {
    if (!(row.get("id") != null && row.get("id").isString())) {
      return null;
    }
    String id = row.get("id").asString();
    if (id.isBlank()) {
      return null;
    }
    for (RowKey k : keys) {
      if (rowId != null && k.id() == rowId) {
        return null; // only rows before the changed one count
      }
      boolean after = rowId == null && k.kind().ordinal() > kind.ordinal();
      if (after) {
        return null; // a new row is appended after every row of its kind
      }
      if (Objects.equals(k.key(), id)) {
        return Issue.error(
            Codes.DUPLICATE_ID,
            prefix + "/id",
            "row id already used at /" + k.kind().arrayName() + "/" + k.index(),
            id,
            "unique row ids");
      }
    }
    return null;
  }

  /** Where the validator reports a row's id issue: right after its site issue, if any. */
  private static int afterSiteIssue(List<Issue> validation, String prefix) {
    for (int i = 0; i < validation.size(); i++) {
      Issue issue = validation.get(i);
      if (issue.pointer().startsWith(prefix + "/") || issue.pointer().equals(prefix)) {
        boolean site =
            issue.pointer().equals(prefix + "/site")
                && (issue.code().equals(Codes.SITE_REQUIRED)
                    || issue.code().equals(Codes.UNKNOWN_SITE));
        return site ? i + 1 : i;
      }
    }
    return validation.size();
  }
}
