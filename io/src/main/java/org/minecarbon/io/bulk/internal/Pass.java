package org.minecarbon.io.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceStream;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.io.json.RowReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** One pass over the document: header fields into a tree, rows into the balance stream. */
final class Pass {
  /** Progress is reported every 8,192 rows (a mask): often enough, cheap enough. */
  private static final int PROGRESS_EVERY = 8191;

  private static final Set<String> ROWS = Set.of("activities", "sinks", "production");

  private final String name;
  private final BalanceStream stream;
  private final UnaryOperator<Settings> settings;
  private final @Nullable ObjectNode knownHeader;
  private final DoubleConsumer progress;
  private final double bytes;
  private final ObjectNode header = JsonNodeFactory.instance.objectNode();
  private final RowReader reader = new RowReader();
  private final FastRows fast = new FastRows();
  private final Structural structural = new Structural(BalanceStream.DEFAULT_MAX_ISSUES);
  private @Nullable Result<Balance> early;
  private boolean begun;
  private boolean lateHeader;

  Pass(
      String name,
      BalanceStream stream,
      UnaryOperator<Settings> settings,
      @Nullable ObjectNode knownHeader,
      DoubleConsumer progress,
      long bytes) {
    this.name = name;
    this.progress = progress;
    this.bytes = Math.max(1, bytes);
    this.stream = stream;
    this.settings = settings;
    this.knownHeader = knownHeader;
  }

  boolean lateHeader() {
    return lateHeader;
  }

  ObjectNode header() {
    return header;
  }

  void read(JsonParser p) {
    JsonToken first = p.nextToken();
    if (first == null) {
      early = Result.err(Issue.error(Codes.INVALID_JSON, "", name + ": empty document"));
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      early = InventoryReader.read(node(p), false).flatMap(inv -> notReached());
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (ROWS.contains(field) && value == JsonToken.START_ARRAY) {
        begin();
        rows(p, field);
      } else if (knownHeader != null) {
        p.skipChildren();
      } else {
        lateHeader |= begun;
        header.set(field, node(p));
      }
    }
    if (p.nextToken() != null) {
      throw new tools.jackson.core.exc.StreamReadException(
          p, "trailing content after the document");
    }
    begin();
  }

  private static Result<Balance> notReached() {
    throw new IllegalStateException("a document that is not an object cannot be read");
  }

  private static JsonNode node(JsonParser p) {
    JsonNode n = DocumentStream.NODES.readValue(p);
    return n == null ? NullNode.getInstance() : n;
  }

  /** Reads the header (once, before the first row) and starts the balance stream. */
  private void begin() {
    if (begun) {
      return;
    }
    begun = true;
    ObjectNode h = knownHeader != null ? knownHeader : header;
    JsonNode sitesNode = h.get("sites");
    ObjectNode rest = h.deepCopy();
    if (sitesNode != null && sitesNode.isArray()) {
      rest.remove("sites");
    }
    Result<Inventory> head = InventoryReader.read(rest, false);
    List<Site> sites = new ArrayList<>();
    if (sitesNode != null && sitesNode.isArray()) {
      for (int i = 0; i < sitesNode.size(); i++) {
        Site s = reader.site(sitesNode.get(i), "/sites/" + i);
        if (s != null) {
          sites.add(s);
        }
      }
    }
    structural.addAll(head.issues());
    structural.addAll(reader.takeIssues());
    Inventory inv = head instanceof Result.Ok<Inventory> ok ? ok.value() : null;
    Enterprise enterprise = inv == null ? new Enterprise("", null, null, null) : inv.enterprise();
    Settings s = settings.apply(inv == null ? Settings.DEFAULT : inv.settings());
    stream.begin(enterprise, s, sites);
    if (structural.hasErrors()) {
      stream.validateOnly();
    }
  }

  private void rows(JsonParser p, String section) {
    String prefix = "/" + section + "/";
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode node = node(p);
      if ((i & PROGRESS_EVERY) == 0) {
        progress.accept(p.currentLocation().getByteOffset() / bytes);
      }
      String pointer = prefix + i++;
      switch (section) {
        case "activities" -> {
          ActivityRow r = fast.activity(node, pointer);
          if (r == null) {
            r = reader.activity(node, pointer);
          }
          if (r != null) {
            stream.accept(r);
          }
        }
        case "sinks" -> {
          SinkRow r = reader.sink(node, pointer);
          if (r != null) {
            stream.accept(r);
          }
        }
        default -> {
          ProductionRow r = reader.production(node, pointer);
          if (r != null) {
            stream.accept(r);
          }
        }
      }
      if (reader.hasIssues()) {
        structural.addAll(reader.takeIssues());
        stream.validateOnly();
      }
    }
  }

  Result<Balance> result() {
    if (early != null) {
      return early;
    }
    if (structural.hasErrors()) {
      return Result.err(structural.withSemantic(stream.finishValidation()));
    }
    return stream.finish();
  }
}
