package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetersCommandTest {
  @TempDir Path tmp;

  private static final String REGISTRY =
      """
      { "format": "minecarbon/meters@1", "timezone": "Asia/Shanghai",
        "meters": [
          { "id": "E-01", "site": "north", "kind": "electricity", "mode": "counter", "unit": "kWh",
            "multiplier": 40, "rollover": 1000000, "row": { "grid": "山西", "stage": "mining" } },
          { "id": "RA-1", "site": "north", "kind": "ventilation-ch4", "mode": "rate",
            "flowUnit": "m3/min", "concentrationUnit": "%",
            "thresholds": { "concentration": { "max": 0.75 } } } ] }
      """;

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void rows_csvReadings_printsRowsAlarmsAndCompleteness() throws Exception {
    Path reg = write("meters.json", REGISTRY);
    // value layout without header: E-01 1000 → 1250 × 40 = 10 000 kWh = 10 MWh
    Path csv =
        write(
            "r.csv",
            "E-01,2024-03-10T00:00:00+08:00,1000\nE-01,2024-03-10T00:10:00+08:00,1250,ok\n");
    CliRun run = CliRun.of("meters", "rows", reg.toString(), csv.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"format\" : \"minecarbon/meter-rows@1\"")
        .contains("\"id\" : \"meter:E-01:2024-03\"", "\"quantity\" : 10", "\"unit\" : \"MWh\"")
        .contains("\"grid\" : \"山西\"", "\"completeness\"", "\"RA-1\"");
  }

  @Test
  void rows_jsonLinesAsCsvFormat_printsOneLinePerRow() throws Exception {
    Path reg = write("meters.json", REGISTRY);
    // 3000 m3/min × 0.5 % = 15 m3/min × 10 min = 150 m3 = 0.015 × 10^4 Nm3; 0.8 > 0.75 alarm
    Path jl =
        write(
            "r.jsonl",
            """
            {"meter":"RA-1","time":"2024-03-10T00:00:00+08:00","flow":3000,"concentration":0.5}
            {"meter":"RA-1","time":"2024-03-09T16:10:00Z","flow":3000,"concentration":0.5}
            """);
    CliRun run = CliRun.of("meters", "rows", reg.toString(), jl.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .hasSize(2)
        .last()
        .asString()
        .startsWith("meter:site:north:mine-methane:2024-03,mine-methane,north,2024-03,10^4Nm3")
        .contains("0.015");
  }

  @Test
  void rows_outOfOrderFile_sameOutputAsSortedFile() throws Exception {
    Path reg = write("meters.json", REGISTRY);
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) { // every 5 min across the April boundary (local)
      String t =
          java.time.OffsetDateTime.parse("2024-03-31T22:00:00+08:00")
              .plusMinutes(5L * i)
              .toString();
      lines.add("RA-1," + t + "," + (3000 + i * 7 % 300) + "," + (0.3 + (i * 13 % 10) / 50.0));
      lines.add("E-01," + t + "," + (1000 + i * 3));
    }
    Path sorted = write("sorted.csv", String.join("\n", lines) + "\n");
    java.util.Collections.shuffle(lines, new java.util.Random(7));
    Path shuffled = write("shuffled.csv", String.join("\n", lines) + "\n");
    CliRun a = CliRun.of("meters", "rows", reg.toString(), sorted.toString());
    CliRun b = CliRun.of("meters", "rows", reg.toString(), shuffled.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).contains("meter:E-01:2024-04", "meter:site:north:mine-methane:2024-04");
    assertThat(b.out()).isEqualTo(a.out());
  }

  @Test
  void rows_invalidRegistry_everyProblemWithPointer_stdoutEmpty_exit2() throws Exception {
    Path reg =
        write(
            "bad.json",
            """
            { "format": "minecarbon/meters@1", "timezone": "Mars/Olympus",
              "meters": [ { "id": "E 1", "site": "north", "kind": "steam", "mode": "counter" },
                          { "id": "V", "site": "north", "kind": "electricity", "virtual": "X - Y" } ] }
            """);
    Path csv = write("r.csv", "");
    CliRun run = CliRun.of("meters", "rows", reg.toString(), csv.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(reg + ": /timezone: unknown IANA timezone Mars/Olympus")
        .contains(reg + ": /meters/0/kind: unknown kind steam")
        .contains(reg + ": /meters/0/unit: missing required field unit")
        .contains(reg + ": /meters/1/virtual: no meter X in the registry")
        .contains(reg + ": /meters/1/virtual: no meter Y in the registry");
  }

  @Test
  void rows_invalidReadings_everyProblemAtFileLineField_exit2() throws Exception {
    Path reg = write("meters.json", REGISTRY);
    Path csv =
        write(
            "r.csv",
            """
            meter,time,value,status
            E-01,2024-03-10T00:00:00+08:00,abc
            X-9,2024-03-10T00:00:00+08:00,1
            E-01,2024-03-10 00:10:00,2,broken
            """);
    CliRun run = CliRun.of("meters", "rows", reg.toString(), csv.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(csv + ":2: value: value must be a finite number, got abc")
        .contains(csv + ":3: meter: no meter X-9 in the registry")
        .contains(csv + ":4: time: ")
        .contains(csv + ":4: status: ");
  }

  @Test
  void rows_inventoryGiven_meterSiteMustExistThere() throws Exception {
    Path reg =
        write("meters.json", REGISTRY.replace("\"site\": \"north\"", "\"site\": \"nowhere\""));
    Path csv = write("r.csv", "E-01,2024-03-10T00:00:00+08:00,1\n");
    CliRun run =
        CliRun.of(
            "meters",
            "rows",
            reg.toString(),
            csv.toString(),
            "--inventory",
            CliRun.example("coal-mine.json"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("/meters/0/site: no site nowhere in the inventory");
  }
}
