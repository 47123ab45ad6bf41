package org.minecarbon.io.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.internal.Fields;
import org.minecarbon.io.json.internal.RowReaders;
import tools.jackson.databind.JsonNode;

/**
 * Reads single elements of an inventory document v1 (a site, an activity, sink or production row)
 * with exactly the checks, issue codes and JSON Pointers of {@link InventoryReader}, for readers
 * that stream a document element by element. A method returns null when the element has an error;
 * {@link #takeIssues} hands over (and forgets) the issues found since the last call. Not
 * thread-safe.
 */
public final class RowReader {
  private final Fields fields = new Fields(false);
  private final RowReaders rows = new RowReaders(fields);

  public @Nullable Site site(JsonNode node, String pointer) {
    return rows.site(node, pointer);
  }

  public @Nullable ActivityRow activity(JsonNode node, String pointer) {
    return rows.activity(node, pointer);
  }

  public @Nullable SinkRow sink(JsonNode node, String pointer) {
    return rows.sink(node, pointer);
  }

  public @Nullable ProductionRow production(JsonNode node, String pointer) {
    return rows.production(node, pointer);
  }

  /** True when issues were found since the last {@link #takeIssues}. */
  public boolean hasIssues() {
    return !fields.issues().isEmpty();
  }

  /** The issues found since the last call, in the order found. */
  public List<Issue> takeIssues() {
    List<Issue> out = List.copyOf(fields.issues());
    fields.issues().clear();
    return out;
  }
}
