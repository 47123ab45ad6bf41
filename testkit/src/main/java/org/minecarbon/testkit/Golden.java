package org.minecarbon.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: compare produced text with an approved file kept under {@code
 * src/test/resources}.
 *
 * <p>To re-approve after an intended change, run the tests with {@code -Dgolden.update=true} (e.g.
 * {@code ./mvnw -pl io -am verify -Dgolden.update=true}): every golden file is then overwritten
 * with the actual text and the assertion passes. Review the diff with {@code git diff} before
 * committing. Line endings are normalised to {@code \n} before comparing.
 */
public final class Golden {
  /** System property that switches assertions to re-approval. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private Golden() {}

  /**
   * Asserts that {@code actual} equals the content of {@code expected} (a path relative to the
   * module, such as {@code src/test/resources/org/minecarbon/io/balance.json}).
   */
  public static void assertMatches(Path expected, String actual) {
    String normalized = normalize(actual);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(expected.toAbsolutePath().getParent());
        Files.writeString(expected, normalized, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expected)) {
        fail(
            "golden file %s does not exist; run with -D%s=true to create it",
            expected, UPDATE_PROPERTY);
      }
      String approved = normalize(Files.readString(expected, StandardCharsets.UTF_8));
      assertThat(normalized)
          .as("golden file %s (re-approve with -D%s=true)", expected, UPDATE_PROPERTY)
          .isEqualTo(approved);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalize(String s) {
    return s.replace("\r\n", "\n");
  }
}
