package org.minecarbon.planning.zone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.datafile.CsvTable;

/** The built-in zone templates, read from {@code /catalogue/zones.csv} (one per zone). */
public final class ZoneTemplates {
  private static final String RESOURCE = "/catalogue/zones.csv";

  private ZoneTemplates() {}

  public static List<ZoneTemplate> builtIn() {
    try (InputStream in = ZoneTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the class path");
      }
      return CsvTable.parse(in, RESOURCE).rows().stream().map(ZoneTemplates::template).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template of a zone. */
  public static ZoneTemplate of(Zone zone) {
    return builtIn().stream()
        .filter(t -> t.zone() == zone)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no row for " + zone));
  }

  private static ZoneTemplate template(Map<String, String> r) {
    String code = r.get("zone");
    return new ZoneTemplate(
        Zone.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown zone " + code)),
        r.get("id"),
        r.get("zh"),
        r.get("en"),
        r.get("targets"),
        Arrays.stream(r.get("paths").split(";")).map(String::strip).toList(),
        r.get("guidanceZh"),
        r.get("guidanceEn"),
        r.get("source"));
  }
}
