package org.minecarbon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the batch harness's Java parts on a tiny file (rows counted alike). */
class BatchHarnessTest {
  @TempDir Path dir;

  @Test
  void parseBaselines_tinyFile_countTheSameRows() throws IOException {
    Path file = dir.resolve("t.json");
    GenerateNational.write(file, 2, 40, 2024, 42);
    // 2 sites × 12 × 40 activities + 3 sinks (2 vegetation, 1 allowance) + 2 production = 965
    assertThat(ParseBaseline.tree(file)).isEqualTo(965);
    assertThat(ParseBaseline.rowTrees(file)).isEqualTo(965);
  }
}
