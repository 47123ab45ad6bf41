package org.minecarbon.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;
import org.minecarbon.io.IoCodes;

/** The workbook pre-scan guards an uploaded stream exactly as it guards a file. */
class LoadStreamLimitsTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  @TempDir Path tmp;

  @Test
  void load_zipBombFromStream_isRefusedQuicklyAsFromFile() throws IOException {
    byte[] bomb = FuzzLimitsTest.bomb(300L << 20);
    Path file = tmp.resolve("bomb.xlsx");
    Files.write(file, bomb);

    long start = System.nanoTime();
    Result<Inventory> fromStream =
        Documents.load(new ByteArrayInputStream(bomb), "bomb.xlsx", LIBRARY);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(fromStream.issues()).extracting(Issue::code).containsOnly(IoCodes.LIMIT_EXCEEDED);
    assertThat(fromStream.issues())
        .extracting(Issue::message)
        .contains(
            "bomb.xlsx part xl/worksheets/sheet1.xml inflates to more than 256 MB (a"
                + " zip bomb?); the limit is 256 MB of inflated workbook parts");
    assertThat(fromStream).isEqualTo(Documents.load(file, LIBRARY));
    assertThat(fromStream.issues()).extracting(Issue::pointer).containsOnly("");
  }
}
