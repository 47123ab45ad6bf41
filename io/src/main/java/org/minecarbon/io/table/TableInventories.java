package org.minecarbon.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import tools.jackson.databind.node.ObjectNode;

/** Reads tables through the JSON mapping code and names each issue's place in the tables. */
public final class TableInventories {
  private TableInventories() {}

  /**
   * A read result with the locations of its rows and cells, to place later (semantic) issues.
   *
   * @param locations JSON Pointer → workbook or CSV location; empty for JSON documents
   */
  public record Located(Result<Inventory> result, Map<String, String> locations) {
    public static Located json(Result<Inventory> result) {
      return new Located(result, Map.of());
    }
  }

  public static Located read(List<Table> tables, TableDecoder.Locator locator) {
    return read(tables, locator, tree -> {});
  }

  /**
   * Reads tables, letting {@code adjust} change the decoded tree before it is read (a row import
   * puts the enterprise's own header and sites in place of the file's).
   */
  public static Located read(
      List<Table> tables, TableDecoder.Locator locator, Consumer<ObjectNode> adjust) {
    TableDecoder.Decoded d = TableDecoder.decode(tables, locator);
    adjust.accept(d.tree());
    Result<Inventory> r = InventoryReader.read(d.tree(), true, d.issues());
    List<Issue> all = new ArrayList<>(d.issues());
    List<Issue> fromTree = r.issues().stream().filter(i -> !d.issues().contains(i)).toList();
    all.addAll(TableDecoder.locate(fromTree, d.locations()));
    Result<Inventory> result =
        r instanceof Result.Ok<Inventory> ok ? Result.of(ok.value(), all) : Result.err(all);
    return new Located(result, d.locations());
  }
}
