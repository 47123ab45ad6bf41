package org.minecarbon.io.meter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * Parse-only speed, before (the oracle {@link LegacyReadingsReader}) and after ({@link
 * ReadingsReader}) side by side: IngestBench's 1 M readings (100 rate meters × 10,000 minutes,
 * {@code meter,time,value}, RFC 3339 UTC times) as CSV bytes in batches of {@code size}; per round
 * the old and the new reader alternate per batch. Not a test: {@code main(rounds, sizes...)}.
 */
final class ReadingsParseSpeed {
  private static final int METERS = 100;
  private static final int TOTAL = 1_000_000;
  private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  private ReadingsParseSpeed() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    MeterRegistry registry = registry();
    for (int a = 1; a < args.length; a++) {
      int size = Integer.parseInt(args[a]);
      List<byte[]> batches = new ArrayList<>();
      for (int b = 0; b < TOTAL / size; b++) {
        batches.add(csv(b, size / METERS).getBytes(StandardCharsets.UTF_8));
      }
      for (int r = 0; r < rounds; r++) {
        long oldNs = 0;
        long newNs = 0;
        long n = 0;
        for (byte[] batch : batches) {
          long t = System.nanoTime();
          int before = count(LegacyReadingsReader.read(batch, "r.csv", registry));
          oldNs += System.nanoTime() - t;
          t = System.nanoTime();
          int after = count(ReadingsReader.read(batch, "r.csv", registry));
          newNs += System.nanoTime() - t;
          if (before != after) {
            throw new IllegalStateException("readers disagree");
          }
          n += after;
        }
        System.out.printf(
            "batch %,d round %d: old %,.0f readings/s, new %,.0f readings/s, ratio new/old %.2f%n",
            size, r + 1, n / (oldNs / 1e9), n / (newNs / 1e9), (double) oldNs / newNs);
      }
    }
  }

  private static int count(Result<List<Reading>> r) {
    return ((Result.Ok<List<Reading>>) r).value().size();
  }

  private static String csv(int batch, int perMeter) {
    StringBuilder sb = new StringBuilder(perMeter * METERS * 40).append("meter,time,value\n");
    for (int m = 0; m < METERS; m++) {
      for (int j = 0; j < perMeter; j++) {
        int minute = batch * perMeter + j;
        sb.append(meter(m)).append(',').append(T0.plusSeconds(60L * minute)).append(',');
        sb.append(500 + m + (minute % 60) * 0.5).append('\n');
      }
    }
    return sb.toString();
  }

  private static String meter(int m) {
    return String.format("E-%03d", m);
  }

  private static MeterRegistry registry() {
    StringBuilder sb =
        new StringBuilder(
            "{\"format\": \"minecarbon/meters@1\", \"timezone\": \"Asia/Shanghai\", \"meters\": [");
    for (int m = 0; m < METERS; m++) {
      sb.append(m == 0 ? "" : ",")
          .append("{\"id\": \"")
          .append(meter(m))
          .append("\", \"site\": \"mine\", \"kind\": \"electricity\", \"mode\": \"rate\",")
          .append(" \"unit\": \"kW\"}");
    }
    byte[] bytes = sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    return ((Result.Ok<MeterRegistry>) RegistryReader.read(bytes, "meters.json", Set.of())).value();
  }
}
