package org.minecarbon.io.footprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.footprint.internal.Reads;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.table.Limits;
import org.minecarbon.lca.footprint.InputKind;
import org.minecarbon.lca.footprint.Link;
import org.minecarbon.lca.footprint.Links;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code LINKS.json} ({@code "format": "minecarbon/links@1"}): each purchased input of the
 * mine linked to a background process.
 *
 * <pre>
 * { "format": "minecarbon/links@1",
 *   "links": [ { "input": "fuel", "code": "diesel", "process": "@id", "unit": "kg",
 *                "per": "t", "amount": 1000, "name": "…", "note": "…" } ] }
 * </pre>
 *
 * {@code input} is {@code fuel} (code = fuel code or alias), {@code electricity} (code = a site id,
 * a grid code, or {@code *}) or {@code material} (code = a {@code materials[]} code); {@code
 * amount} background {@code unit}s per one {@code per} of the inventory quantity. Every problem is
 * reported with its pointer; a duplicate (input, code) is an error.
 */
public final class LinksReader {
  /** Two links for one input. */
  public static final String DUPLICATE_LINK = "LINK_DUPLICATE";

  private LinksReader() {}

  public static Result<Links> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Result.err(
          Issue.error(IoCodes.FILE_NOT_FOUND, "", "no such file", file, "a LINKS.json file"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      String name = String.valueOf(file.getFileName());
      return Limits.readAll(in, name)
          .flatMap(b -> JsonCodec.parse(b, name))
          .flatMap(LinksReader::read);
    }
  }

  public static Result<Links> read(JsonNode root) {
    Reads r = new Reads();
    if (!root.isObject()) {
      return Result.err(Issue.error(Codes.WRONG_TYPE, "", "LINKS.json must be an object"));
    }
    String format = r.text(root, "", "format", true);
    if (format != null && !format.equals(Links.FORMAT)) {
      r.add(Issue.error(Codes.UNKNOWN_FORMAT, "/format", "not a links file", format, Links.FORMAT));
    }
    JsonNode array = root.get("links");
    List<Link> links = new ArrayList<>();
    if (array == null || !array.isArray()) {
      r.add(Issue.error(Codes.REQUIRED, "/links", "missing array 'links'", "", "an array"));
    } else {
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < array.size(); i++) {
        Link l = link(r, array.get(i), "/links/" + i);
        if (l != null) {
          duplicate(r, seen, l);
          links.add(l);
        }
      }
    }
    return r.errors() > 0 ? Result.err(r.issues()) : Result.ok(new Links(links), r.issues());
  }

  private static void duplicate(Reads r, Map<String, String> seen, Link l) {
    String first = seen.putIfAbsent(l.kind().code() + ":" + l.code(), l.pointer());
    if (first != null) {
      r.add(
          Issue.error(
              DUPLICATE_LINK,
              l.pointer() + "/code",
              "input already linked at " + first,
              l.code(),
              "one link per input"));
    }
  }

  private static @Nullable Link link(Reads r, JsonNode n, String p) {
    if (!n.isObject()) {
      r.add(Issue.error(Codes.WRONG_TYPE, p, "a link must be an object", Reads.show(n), "{…}"));
      return null;
    }
    int before = r.errors();
    InputKind kind = kind(r, n, p);
    String code = r.text(n, p, "code", true);
    String process = r.text(n, p, "process", true);
    String unit = r.text(n, p, "unit", true);
    Unit per = r.unit(n, p, "per");
    Double amount = r.number(n, p, "amount", true, true);
    if (r.errors() > before
        || kind == null
        || code == null
        || process == null
        || unit == null
        || per == null
        || amount == null) {
      return null;
    }
    return new Link(kind, code, process, unit, per, amount, p);
  }

  private static @Nullable InputKind kind(Reads r, JsonNode n, String p) {
    String text = r.text(n, p, "input", true);
    if (text == null) {
      return null;
    }
    InputKind kind = InputKind.fromCode(text).orElse(null);
    if (kind == null) {
      r.add(
          Issue.error(
              Codes.UNKNOWN_CODE,
              p + "/input",
              "unknown input kind",
              text,
              "fuel, electricity or material"));
    }
    return kind;
  }
}
