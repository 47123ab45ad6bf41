package org.minecarbon.io.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;

/**
 * The hand-written CSV path against the oracle {@link LegacyReadingsReader} (the reader before it,
 * unchanged): the same inputs must give equal results — the same readings (records, so meter,
 * instant, doubles bit for bit via {@code Double.compare}, status) or the same issues in the same
 * order (code, field, message, location).
 */
class ReadingsParityTest {
  private static final MeterRegistry REGISTRY = MeterFilesTest.registry();

  /** Odd lines: times, offsets, fractions, numbers, quotes, fields, statuses, shapes. */
  static final List<String> ODD =
      List.of(
          "E-01,2024-03-10T00:00:00.5+08:00,1000",
          "E-01,2024-03-10T00:00:00.123456789Z,1000",
          "E-01,2024-03-10T00:00:00.1234567891Z,1000",
          "E-01,2024-03-10T00:00:00.Z,1000",
          "E-01,2024-03-10t00:00:00z,1000",
          "E-01,2024-03-10 00:00:00+08:00,1000",
          "E-01,2024-03-10T00:00+08:00,1000",
          "E-01,2024-03-10T00:00:00+08,1000",
          "E-01,2024-03-10T00:00:00+0800,1000",
          "E-01,2024-03-10T00:00:00+08:00:00,1000",
          "E-01,2024-03-10T00:00:00+18:00,1000",
          "E-01,2024-03-10T00:00:00-18:00,1000",
          "E-01,2024-03-10T00:00:00+18:01,1000",
          "E-01,2024-03-10T00:00:00-00:00,1000",
          "E-01,2024-03-10T00:00:00+17:59,1000",
          "E-01,2024-03-10T00:00:00-05:30,1000",
          "E-01,2024-03-10T00:00:00+08:60,1000",
          "E-01,2024-03-10T00:00:00,1000",
          "E-01,2024-03-10,1000",
          "E-01,2024-02-29T12:00:00Z,1000",
          "E-01,2023-02-29T12:00:00Z,1000",
          "E-01,2100-02-29T12:00:00Z,1000",
          "E-01,2000-02-29T12:00:00Z,1000",
          "E-01,2024-04-31T12:00:00Z,1000",
          "E-01,2024-13-01T00:00:00Z,1000",
          "E-01,2024-00-01T00:00:00Z,1000",
          "E-01,2024-01-00T00:00:00Z,1000",
          "E-01,2024-01-01T24:00:00Z,1000",
          "E-01,2024-12-31T23:59:60Z,1000",
          "E-01,2024-01-01T00:60:00Z,1000",
          "E-01,0999-01-01T00:00:00Z,1000",
          "E-01,0000-01-01T00:00:00Z,1000",
          "E-01,+10000-01-01T00:00:00Z,1000",
          "E-01,1970-01-01T00:00:00Z,1000",
          "E-01,1969-12-31T23:59:59.999999999-17:59,1000",
          "E-01,9999-12-31T23:59:59Z,1000",
          "E-01,2024-1-01T00:00:00Z,1000",
          "E-01,２０２４-01-01T00:00:00Z,1000",
          "E-01,yesterday,1000",
          "E-01,,1000",
          "E-01,2024-03-10T00:00:00Z,NaN",
          "E-01,2024-03-10T00:00:00Z,Infinity",
          "E-01,2024-03-10T00:00:00Z,-Infinity",
          "E-01,2024-03-10T00:00:00Z,1e308",
          "E-01,2024-03-10T00:00:00Z,1e309",
          "E-01,2024-03-10T00:00:00Z,1E3",
          "E-01,2024-03-10T00:00:00Z,123456789012345678901234567890",
          "E-01,2024-03-10T00:00:00Z,9007199254740993",
          "E-01,2024-03-10T00:00:00Z,9007199254740992",
          "E-01,2024-03-10T00:00:00Z,999999999999999999",
          "E-01,2024-03-10T00:00:00Z,0.12345678901234567890",
          "E-01,2024-03-10T00:00:00Z,1.0000000000000002",
          "E-01,2024-03-10T00:00:00Z,0.1",
          "E-01,2024-03-10T00:00:00Z,0.3",
          "E-01,2024-03-10T00:00:00Z,-0",
          "E-01,2024-03-10T00:00:00Z,-0.0",
          "E-01,2024-03-10T00:00:00Z,-12.75",
          "E-01,2024-03-10T00:00:00Z,007",
          "E-01,2024-03-10T00:00:00Z,1.",
          "E-01,2024-03-10T00:00:00Z,.5",
          "E-01,2024-03-10T00:00:00Z,+1",
          "E-01,2024-03-10T00:00:00Z,-",
          "E-01,2024-03-10T00:00:00Z,1d",
          "E-01,2024-03-10T00:00:00Z,1f",
          "E-01,2024-03-10T00:00:00Z,0x10",
          "E-01,2024-03-10T00:00:00Z,0x1p3",
          "E-01,2024-03-10T00:00:00Z,1_000",
          "E-01,2024-03-10T00:00:00Z,1,000",
          "E-01,2024-03-10T00:00:00Z, 12 ",
          "E-01,2024-03-10T00:00:00Z,\t12",
          "E-01,2024-03-10T00:00:00Z,",
          "\"E-01\",\"2024-03-10T00:00:00Z\",\"1000\"",
          "\"E-01,2024-03-10T00:00:00Z,1000",
          "E-01\",2024-03-10T00:00:00Z,1000",
          "\"E\"\"01\",2024-03-10T00:00:00Z,1000",
          "E-01,2024-03-10T00:00:00Z",
          "E-01",
          ",,",
          ",2024-03-10T00:00:00Z,1000",
          "E-01,2024-03-10T00:00:00Z,1,ok,extra",
          "E-01,2024-03-10T00:00:00Z,1,ok,extra,more",
          "E-01,2024-03-10T00:00:00Z,1,OK",
          "E-01,2024-03-10T00:00:00Z,1,Fault",
          "E-01,2024-03-10T00:00:00Z,1,calibrating",
          "E-01,2024-03-10T00:00:00Z,1,bad",
          "E-01,2024-03-10T00:00:00Z,1,",
          "E-01,2024-03-10T00:00:00Z,1, ok",
          "RA-1,2024-03-10T00:00:00Z,3000,0.4,",
          "RA-1,2024-03-10T00:00:00Z,3000,0.4,FAULT",
          "RA-1,2024-03-10T00:00:00Z,3000,0.4,fault",
          "RA-1,2024-03-10T00:00:00Z,3000,101",
          "RA-1,2024-03-10T00:00:00Z,3000,100",
          "RA-1,2024-03-10T00:00:00Z,3000,-1",
          "RA-1,2024-03-10T00:00:00Z,-1,5",
          "RA-1,2024-03-10T00:00:00Z,-0,5",
          "RA-1,2024-03-10T00:00:00Z,3000,ok",
          "RA-1,2024-03-10T00:00:00Z,3000",
          "RA-1,2024-03-10T00:00:00Z,3000,NaN",
          "E-01,2024-03-10T00:00:00Z,3000,0.4",
          "E-NET,2024-03-10T00:00:00Z,1000",
          "NOPE,2024-03-10T00:00:00Z,1000",
          "电表,2024-03-10T00:00:00Z,1000",
          "E-01\u00a0,2024-03-10T00:00:00Z,1000",
          "E-01 ,2024-03-10T00:00:00Z,1000",
          " E-01,2024-03-10T00:00:00Z,1000",
          "e-01,2024-03-10T00:00:00Z,1000",
          "meter,time,value",
          "METER,time,flow,concentration",
          "\t",
          "   ",
          "\r",
          "\u3000");

  static final List<String> VALID =
      List.of(
          "E-01,2024-03-10T00:00:00+08:00,1000",
          "E-01,2024-03-10T00:10:00+08:00,1010.25,fault",
          "D-01,2024-03-10T00:10:00-03:30,0.000001",
          "E-TENANT,2024-12-31T23:59:59Z,8812",
          "E-01,2024-02-29T16:00:00Z,-3.5,calibrating",
          "RA-1,2024-03-10T00:00:00Z,3000,0.4",
          "RA-1,2024-03-10T00:01:00.250Z,3000.5,0.45,calibrating",
          "DR-1,2025-01-01T00:00:00+08:00,50,40",
          "UT-1,2025-01-01T00:00:00+08:00,12.125,100");

  static Stream<String> odd() {
    return ODD.stream();
  }

  @ParameterizedTest
  @MethodSource("odd")
  void oddLine_asFirstMiddleAndAlone_sameResultAsOracle(String line) {
    assertSame(line);
    assertSame(line + "\n");
    assertSame("E-01,2024-03-10T00:00:00+08:00,1000\n" + line + "\nRA-1,2024-03-10T00:00:00Z,1,2");
    assertSame("meter,time,value\n" + line + "\r\n");
    assertSame("meter,time,flow,concentration,status\r\n" + line);
    assertSame("\uFEFF" + line + "\r\n\r\n" + line);
  }

  @Test
  void validFiles_everyShape_sameReadingsAsOracle() {
    String plain = String.join("\n", VALID);
    assertSame(plain);
    assertSame("\uFEFF" + String.join("\r\n", VALID) + "\r\n");
    assertSame("\n\n  \n" + plain + "\n\n");
    assertSame(plain.replace("\n", "\r\r\n"));
    assertSame("meter,time,value,status\n" + plain);
    assertSame("meter,time,flow,concentration\n" + plain);
    assertThat(LegacyReadingsReader.read(bytes(plain), "r.csv", REGISTRY))
        .isInstanceOf(Result.Ok.class);
  }

  @Test
  void randomFiles_mixedValidAndOddLines_sameResultAsOracle() {
    Random random = new Random(20261206);
    List<String> pool = new ArrayList<>(ODD);
    pool.addAll(VALID);
    for (int file = 0; file < 2_000; file++) {
      int n = 1 + random.nextInt(8);
      boolean onlyValid = random.nextInt(3) == 0;
      StringBuilder sb = new StringBuilder(random.nextInt(5) == 0 ? "meter,time,value\n" : "");
      for (int i = 0; i < n; i++) {
        List<String> from = onlyValid ? VALID : pool;
        sb.append(from.get(random.nextInt(from.size())));
        sb.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void jsonLines_generalPathWithTheNewLineSplitting_sameResultAsOracle() {
    String good =
        "{\"meter\":\"RA-1\",\"time\":\"2024-03-10T00:00:00Z\",\"flow\":3,\"concentration\":1}";
    String bad = "{\"meter\":\"E-01\",\"time\":\"2024-03-10T00:00:00\",\"value\":\"x\"}";
    for (String sep : List.of("\n", "\r\n", "\r\r\n", "\n\n \n")) {
      assertSame(good + sep + good.replace("00:00:00Z", "00:01:00Z") + sep, "r.jsonl");
      assertSame("\uFEFF" + good + sep + bad + sep + "not json" + sep + "E-01,x,1", "r.ndjson");
      assertSame(" \n" + bad + sep + good, "r.csv");
    }
  }

  @Test
  void fastPath_commonLines_takenWithoutTheGeneralParser() {
    CsvLines csv = new CsvLines();
    csv.parse(VALID.get(0), "r.csv:1", new ArrayList<>()); // no header: layout per line
    CsvFastLines fast = new CsvFastLines(csv, REGISTRY.byId());
    List<Reading> out = new ArrayList<>();
    for (String line : VALID) {
      assertThat(fast.tryAdd(line, 0, line.length(), out)).as(line).isTrue();
    }
    assertThat(out).hasSize(VALID.size());
  }

  private static void assertSame(String text) {
    assertSame(text, "r.csv");
  }

  private static void assertSame(String text, String file) {
    Result<List<Reading>> expected = LegacyReadingsReader.read(bytes(text), file, REGISTRY);
    Result<List<Reading>> actual = ReadingsReader.read(bytes(text), file, REGISTRY);
    assertThat(actual).as(text).isEqualTo(expected);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
