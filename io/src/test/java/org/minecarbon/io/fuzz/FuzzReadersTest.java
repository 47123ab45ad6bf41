package org.minecarbon.io.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jazzer fuzz targets for the three readers, checking {@link FuzzChecks}' properties. Without
 * {@code JAZZER_FUZZ} (a normal build) each target runs once per seed in {@code
 * FuzzReadersTestInputs/<target>/} (crashing inputs found earlier are kept there); with {@code
 * JAZZER_FUZZ=1} one target is fuzzed with coverage guidance for its {@code maxDuration} (see the
 * io README, "Fuzzing").
 */
class FuzzReadersTest {
  private static final byte[] ENTERPRISE =
      "key,value\nformat,minecarbon/inventory@1\nname,M\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SITES = "id\nmain\n".getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "5m")
  void json(byte[] data) {
    FuzzChecks.json(data);
  }

  @FuzzTest(maxDuration = "5m")
  void xlsx(byte[] data) {
    FuzzChecks.xlsx(data);
  }

  /** Structure-aware: a valid workbook whose cells, sheets and merged regions are changed. */
  @FuzzTest(maxDuration = "5m")
  void xlsxCells(FuzzedDataProvider data) {
    byte[] workbook = WorkbookMutator.mutate(data);
    if (workbook.length > 0) {
      FuzzChecks.xlsx(workbook);
    }
  }

  /** A CSV folder: enterprise and sites valid or fuzzed, activities (or sinks) fuzzed. */
  @FuzzTest(maxDuration = "5m")
  void csv(FuzzedDataProvider data) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("enterprise.csv", data.consumeBoolean() ? ENTERPRISE : data.consumeBytes(300));
    files.put("sites.csv", data.consumeBoolean() ? SITES : data.consumeBytes(300));
    String rows = data.consumeBoolean() ? "activities.csv" : "sinks.csv";
    files.put(rows, data.consumeRemainingAsBytes());
    FuzzChecks.csv(files);
  }
}
