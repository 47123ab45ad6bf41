package org.minecarbon.store.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites entries of a zip (as text), for tampering tests. */
final class Zips {
  private Zips() {}

  static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<String>> edits) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          byte[] data = in.readAllBytes();
          UnaryOperator<String> edit = edits.get(e.getName());
          if (edit != null) {
            String changed = edit.apply(new String(data, StandardCharsets.UTF_8));
            if (changed.equals(new String(data, StandardCharsets.UTF_8))) {
              throw new IllegalStateException("edit changed nothing in " + e.getName());
            }
            data = changed.getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(data);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
