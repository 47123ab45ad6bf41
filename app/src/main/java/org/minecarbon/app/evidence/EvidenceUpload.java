package org.minecarbon.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file before it is checked.
 *
 * @param fileName the client's file name (may contain anything)
 * @param size the declared size in bytes
 * @param content opens the bytes; read only after the size check
 */
public record EvidenceUpload(
    @Nullable String fileName, long size, Content content, @Nullable String note) {
  /** The upload's bytes. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }
}
