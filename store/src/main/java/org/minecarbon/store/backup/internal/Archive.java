package org.minecarbon.store.backup.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.backup.BackupException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A backup file opened for restore: copied to a temporary file, its manifest read and every table
 * entry checked (row count, SHA-256, JSON shape) before anything touches the target database.
 */
public final class Archive implements Closeable {
  private static final int MANIFEST_MAX = 1 << 20;

  private final Path file;
  private final ZipFile zip;
  private final Manifest manifest;
  private final Map<String, Map<String, Long>> maxima = new HashMap<>();

  private Archive(Path file, ZipFile zip, Manifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  /**
   * Copies and checks a backup.
   *
   * @throws BackupException when the file is not a complete, intact MineCarbon backup
   */
  public static Archive open(InputStream in) throws IOException {
    Path file = Files.createTempFile("minecarbon-restore-", ".zip");
    ZipFile zip = null;
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      zip = new ZipFile(file.toFile());
      Archive a = new Archive(file, zip, Manifest.parse(read(zip, Manifest.NAME)));
      for (Manifest.Entry e : a.manifest.tables()) {
        a.verify(e);
      }
      return a;
    } catch (IOException | RuntimeException e) {
      if (zip != null) {
        zip.close();
      }
      Files.deleteIfExists(file);
      if (e instanceof BackupException b) {
        throw b;
      }
      throw new BackupException("backup file is corrupt or not a zip file: " + e.getMessage(), e);
    }
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The largest value of an integer column in the backup (0 when none). */
  public long max(String table, String column) {
    return maxima.getOrDefault(table, Map.of()).getOrDefault(column, 0L);
  }

  /** The table's data lines (header first). */
  public BufferedReader lines(Manifest.Entry e) throws IOException {
    ZipEntry z = zip.getEntry(e.path());
    return new BufferedReader(new InputStreamReader(zip.getInputStream(z), StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void verify(Manifest.Entry e) throws IOException {
    ZipEntry z = zip.getEntry(e.path());
    if (z == null) {
      throw new BackupException("backup is incomplete: " + e.path() + " is missing");
    }
    MessageDigest sha = Sha256.digest();
    long rows = 0;
    Map<String, Long> max = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new DigestInputStream(zip.getInputStream(z), sha), StandardCharsets.UTF_8))) {
      JsonNode header = json(e, r.readLine());
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        track(header, json(e, line), max);
        rows++;
      }
    }
    String actual = HexFormat.of().formatHex(sha.digest());
    if (!actual.equals(e.sha256()) || rows != e.rows()) {
      throw new BackupException(
          "backup is corrupt: table "
              + e.table()
              + " does not match its checksum in manifest.json (expected "
              + e.rows()
              + " rows, sha256 "
              + e.sha256()
              + "; found "
              + rows
              + " rows, sha256 "
              + actual
              + ")");
    }
    maxima.put(e.table(), max);
  }

  private static void track(JsonNode header, JsonNode row, Map<String, Long> max) {
    JsonNode cols = header.path("columns");
    if (!row.isArray() || row.size() != cols.size()) {
      throw new BackupException(
          "backup is corrupt: a row of " + header.path("table") + " has the wrong shape");
    }
    for (int i = 0; i < cols.size(); i++) {
      if (ColumnKind.INTEGER.name().equals(cols.get(i).path("kind").asString(""))
          && row.get(i).isIntegralNumber()) {
        max.merge(cols.get(i).path("name").asString(""), row.get(i).asLong(), Math::max);
      }
    }
  }

  private static JsonNode json(Manifest.Entry e, @Nullable String line) {
    if (line == null) {
      throw new BackupException("backup is corrupt: " + e.path() + " is empty");
    }
    try {
      return Json.MAPPER.readTree(line);
    } catch (JacksonException x) {
      throw new BackupException(
          "backup is corrupt: " + e.path() + " holds a line that is not JSON", x);
    }
  }

  private static byte[] read(ZipFile zip, String name) throws IOException {
    ZipEntry z = zip.getEntry(name);
    if (z == null) {
      throw new BackupException("not a MineCarbon backup: " + name + " is missing");
    }
    try (InputStream in = zip.getInputStream(z)) {
      byte[] bytes = in.readNBytes(MANIFEST_MAX + 1);
      if (bytes.length > MANIFEST_MAX) {
        throw new BackupException("not a MineCarbon backup: " + name + " is implausibly large");
      }
      return bytes;
    }
  }
}
