package org.minecarbon.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schemas (draft 2020-12), also on the class path under {@code /schema/}: the
 * inventory document v1 ({@code inventory-v1.schema.json}) and the balance result v1 ({@code
 * balance-v1.schema.json}).
 */
public final class Schemas {
  public static final String INVENTORY = "/schema/inventory-v1.schema.json";
  public static final String BALANCE = "/schema/balance-v1.schema.json";

  private Schemas() {}

  /** The schema text of the inventory document v1. */
  public static String inventory() {
    return text(INVENTORY);
  }

  /** The schema text of the balance result v1. */
  public static String balance() {
    return text(BALANCE);
  }

  private static String text(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
