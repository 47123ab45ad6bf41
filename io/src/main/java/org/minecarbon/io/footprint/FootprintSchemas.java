package org.minecarbon.io.footprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schemas (draft 2020-12) of the footprint files, on the class path under {@code
 * /schema/}: the footprint result ({@code footprint-v1.schema.json}) and {@code LINKS.json} ({@code
 * links-v1.schema.json}).
 */
public final class FootprintSchemas {
  public static final String FOOTPRINT = "/schema/footprint-v1.schema.json";
  public static final String LINKS = "/schema/links-v1.schema.json";

  private FootprintSchemas() {}

  public static String footprint() {
    return text(FOOTPRINT);
  }

  public static String links() {
    return text(LINKS);
  }

  private static String text(String resource) {
    try (InputStream in = FootprintSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
