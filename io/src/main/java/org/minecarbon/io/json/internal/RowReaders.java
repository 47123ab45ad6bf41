package org.minecarbon.io.json.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import tools.jackson.databind.JsonNode;

/** The row readers of {@link DocumentReader}, one element at a time, for streaming readers. */
public final class RowReaders {
  private final ActivityReader activities;
  private final SinkReader sinks;

  public RowReaders(Fields f) {
    this.activities = new ActivityReader(f);
    this.sinks = new SinkReader(f);
  }

  public @Nullable Site site(JsonNode node, String pointer) {
    return sinks.site(node, pointer);
  }

  public @Nullable ActivityRow activity(JsonNode node, String pointer) {
    return activities.read(node, pointer);
  }

  public @Nullable SinkRow sink(JsonNode node, String pointer) {
    return sinks.read(node, pointer);
  }

  public @Nullable ProductionRow production(JsonNode node, String pointer) {
    return sinks.production(node, pointer);
  }
}
