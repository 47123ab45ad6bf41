package org.minecarbon.app.document.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.ImportPreview;
import org.minecarbon.app.workflow.PeriodLocks;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.period.PeriodRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/** The lock rules of a row import and the audit summary of an import. */
public final class ImportLocks {
  private static final List<String> ROWS = List.of("activities", "sinks", "production");

  private ImportLocks() {}

  /**
   * Refuses an import whose difference touches a year that is not a draft (submitted, reviewed,
   * verified), naming every row it would add, change or remove there; an import that leaves such a
   * year as it is passes.
   */
  static void check(
      List<PeriodRecord> frozen, List<RowDiff.Op> ops, MaterialsImport.Outcome materials) {
    for (PeriodRecord p : frozen) {
      List<String> rows = new ArrayList<>();
      for (RowDiff.Op op : ops) {
        if (!(op instanceof RowDiff.Keep) && RowDiff.year(doc(op)) == p.year()) {
          rows.add(describe(op));
        }
      }
      describe("add", materials.added(), p.year(), rows);
      describe("change", materials.changed(), p.year(), rows);
      describe("remove", materials.removed(), p.year(), rows);
      if (!rows.isEmpty()) {
        throw PeriodLocks.locked(
            p,
            "the import would change " + rows.size() + " of its rows: " + String.join("; ", rows));
      }
    }
  }

  private static void describe(
      String verb, List<ImportPreview.RowChange> changes, int year, List<String> out) {
    for (ImportPreview.RowChange c : changes) {
      if (c.period().startsWith(year + "")) {
        out.add(verb + " " + c.kind() + " " + c.site() + " " + c.period() + " " + c.what());
      }
    }
  }

  private static JsonNode doc(RowDiff.Op op) {
    return switch (op) {
      case RowDiff.Keep k -> k.row().doc();
      case RowDiff.Change c -> c.row().doc();
      case RowDiff.Remove r -> r.row().doc();
      case RowDiff.Add a -> a.next();
    };
  }

  private static String describe(RowDiff.Op op) {
    String verb =
        switch (op) {
          case RowDiff.Add a -> "add";
          case RowDiff.Remove r -> "remove";
          default -> "change";
        };
    JsonNode d = doc(op);
    String id = RowImport.rowId(op) == null ? "" : " #" + RowImport.rowId(op);
    return verb
        + " "
        + op.kind().code()
        + id
        + " "
        + String.join(
            " ",
            List.of(
                    d.path("site").asString(""),
                    d.path("period").asString(""),
                    RowDiff.what(op.kind(), d),
                    RowDiff.detail(op.kind(), d))
                .stream()
                .filter(x -> !x.isEmpty())
                .toList());
  }

  /**
   * What the audit entry of an import records: counts and the SHA-256 of the document; for the
   * imported side also the upload's name, SHA-256 and the whole imported document (so that what was
   * entered stays traceable although the import's rows get new ids).
   */
  static ObjectNode summary(ObjectNode doc, @Nullable String fileName, byte @Nullable [] bytes) {
    ObjectNode s = JsonCodec.mapper().createObjectNode();
    if (fileName != null && bytes != null) {
      s.put("file", fileName);
      s.put("sha256", Sha256.hex(bytes));
      s.put("bytes", bytes.length);
    }
    // the document serialized once (an import's is tens of megabytes): its hash is of the very
    // characters the entry holds, which are put in as they are rather than serialized again
    String text = doc.toString();
    if (bytes != null) {
      s.putRawValue("document", new RawValue(text));
    }
    s.put("documentSha256", Sha256.hex(text));
    s.put("sites", doc.path("sites").size());
    for (String array : ROWS) {
      s.put(array, doc.path(array).size());
    }
    return s;
  }

  /**
   * The audit entry of a row import: the upload's name, SHA-256, mode and the difference, each row
   * once in its shortest complete form — an added row as {@code row} (field → value), a removed row
   * as {@code row} (field → value before), a changed row as {@code fields} (field → [before,
   * after], only the fields that differ; null where absent) — with its kind, stored id, site,
   * period and source, sink type or product. Values are the preview's document texts.
   */
  static ObjectNode diffSummary(ImportPreview p, byte[] bytes) {
    ObjectNode s = JsonCodec.mapper().createObjectNode();
    s.put("file", p.fileName());
    s.put("sha256", Sha256.hex(bytes));
    s.put("bytes", bytes.length);
    s.put("mode", p.mode().code());
    s.put("revision", p.revision());
    // the lists written straight to compact text (200,000 changed rows of a monthly import), not
    // through a tree of their every field first
    s.putRawValue("added", raw(p.added(), Side.AFTER));
    s.putRawValue("changed", raw(p.changed(), Side.BOTH));
    s.putRawValue("removed", raw(p.removed(), Side.BEFORE));
    s.put("unchanged", p.unchanged());
    s.set("sitesAdded", JsonCodec.mapper().valueToTree(p.sitesAdded()));
    return s;
  }

  /** Which values of a row's fields the audit list keeps. */
  private enum Side {
    BEFORE,
    AFTER,
    BOTH
  }

  private static RawValue raw(List<ImportPreview.RowChange> rows, Side side) {
    StringWriter out = new StringWriter(rows.size() * 160 + 2);
    // compact, as the rest of the entry (the mapper itself indents)
    try (JsonGenerator g = JsonCodec.compact().createGenerator(out)) {
      g.writeStartArray();
      for (ImportPreview.RowChange r : rows) {
        g.writeStartObject();
        g.writeStringProperty("kind", r.kind());
        if (r.rowId() != null) {
          g.writeNumberProperty("rowId", r.rowId());
        }
        g.writeStringProperty("site", r.site());
        g.writeStringProperty("period", r.period());
        g.writeStringProperty("what", r.what());
        g.writeName(side == Side.BOTH ? "fields" : "row");
        g.writeStartObject();
        for (ImportPreview.FieldChange f : r.fields()) {
          g.writeName(f.field());
          switch (side) {
            case BEFORE -> text(g, f.before());
            case AFTER -> text(g, f.after());
            case BOTH -> {
              g.writeStartArray();
              text(g, f.before());
              text(g, f.after());
              g.writeEndArray();
            }
          }
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    return new RawValue(out.toString());
  }

  private static void text(JsonGenerator g, @Nullable String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }
}
