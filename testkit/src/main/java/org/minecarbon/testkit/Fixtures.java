package org.minecarbon.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Sample inventory documents shipped as resources of this module:
 *
 * <ul>
 *   <li>{@link #RICH}: every source and sink type and every optional field (all four uncertainty
 *       distributions in both forms, monthly rows, overrides, steam and hot water, three sites);
 *   <li>{@link #MINIMAL}: the smallest valid document (one site, one fuel row);
 *   <li>{@link #BROKEN_FIELDS}: many structural errors at once; its expected issues ({@code CODE
 *       pointer}, in document order) are in {@code broken-fields.issues}, see {@link
 *       #expectedIssues};
 *   <li>{@link #BROKEN_SYNTAX}: not JSON at all (a missing comma on line 5).
 * </ul>
 */
public final class Fixtures {
  public static final String RICH = "rich-inventory.json";
  public static final String MINIMAL = "minimal-inventory.json";
  public static final String BROKEN_FIELDS = "broken-fields.json";
  public static final String BROKEN_SYNTAX = "broken-syntax.json";

  private Fixtures() {}

  /** The fixture as a stream; the caller closes it. */
  public static InputStream stream(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    return in;
  }

  /** The fixture as UTF-8 text. */
  public static String text(String name) {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fixture as a file: the resource itself when it lies in a folder, otherwise a copy in a
   * temporary file with the same name (deleted on exit).
   */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      Path dir = Files.createTempDirectory("minecarbon-fixture");
      Path copy = dir.resolve(name);
      try (InputStream in = stream(name)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      copy.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Expected issues of a broken fixture as {@code "CODE pointer"} lines, in document order, read
   * from the file with the same base name and extension {@code .issues} ({@code #} starts a
   * comment).
   */
  public static List<String> expectedIssues(String fixture) {
    String name = fixture.replaceFirst("\\.[^.]+$", "") + ".issues";
    return text(name)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
