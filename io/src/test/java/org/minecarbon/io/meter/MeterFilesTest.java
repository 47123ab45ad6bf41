package org.minecarbon.io.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.Substitution;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRows;
import tools.jackson.databind.JsonNode;

class MeterFilesTest {
  /** The contract's §1 example, with the E-TENANT meter its virtual meter refers to. */
  static final String REGISTRY =
      """
      { "format": "minecarbon/meters@1",
        "timezone": "Asia/Shanghai",
        "meters": [
          { "id": "E-01", "site": "north", "kind": "electricity", "mode": "counter", "unit": "kWh",
            "multiplier": 40, "rollover": 1000000, "row": { "grid": "山西", "stage": "mining" },
            "calibration": { "certificate": "JJG-2024-118", "validUntil": "2025-06-30", "accuracy": 0.005 } },
          { "id": "D-01", "site": "north", "kind": "fuel", "fuel": "diesel", "mode": "counter", "unit": "kg" },
          { "id": "RA-1", "site": "north", "kind": "ventilation-ch4", "mode": "rate",
            "flowUnit": "m3/min", "concentrationUnit": "%", "thresholds": { "concentration": { "max": 0.75 } },
            "maxGap": "PT5M", "stuckAfter": "PT2H", "substitution": "conservative" },
          { "id": "DR-1", "site": "north", "kind": "drainage-ch4", "mode": "rate", "flowUnit": "m3/min",
            "concentrationUnit": "%", "conditions": { "temperature": 20, "pressure": 101.325 } },
          { "id": "UT-1", "site": "north", "kind": "utilized-ch4", "mode": "rate", "flowUnit": "m3/min", "concentrationUnit": "%" },
          { "id": "E-TENANT", "site": "north", "kind": "electricity", "mode": "counter", "unit": "kWh",
            "replacements": [ { "time": "2024-05-01T10:00:00+08:00", "finalReading": 8812, "initialReading": 0 } ] },
          { "id": "E-NET", "site": "north", "kind": "electricity", "virtual": "E-01 - E-TENANT" }
        ] }
      """;

  static MeterRegistry registry() {
    Result<MeterRegistry> r = RegistryReader.read(bytes(REGISTRY), "meters.json", Set.of());
    assertThat(r.issues()).isEmpty();
    return ((Result.Ok<MeterRegistry>) r).value();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void registry_contractExample_readsEveryField() {
    MeterRegistry reg = registry();
    assertThat(reg.meters()).hasSize(7);
    Meter ra = reg.find("RA-1").orElseThrow();
    assertThat(ra.maxGap()).isEqualTo(Duration.ofMinutes(5));
    assertThat(ra.stuckAfter()).isEqualTo(Duration.ofHours(2));
    assertThat(ra.substitution()).isEqualTo(Substitution.CONSERVATIVE);
    assertThat(ra.thresholds().get("concentration").max()).isEqualTo(0.75);
    Meter e = reg.find("E-01").orElseThrow();
    assertThat(e.multiplier()).isEqualTo(40);
    assertThat(e.row()).containsEntry("grid", "山西");
    assertThat(reg.find("E-TENANT").orElseThrow().replacements()).hasSize(1);
    assertThat(reg.find("E-NET").orElseThrow().virtual().terms()).hasSize(2);
  }

  @Test
  void registry_siteCheck_whenSitesGiven() {
    Result<MeterRegistry> r = RegistryReader.read(bytes(REGISTRY), "m.json", Set.of("south"));
    assertThat(r.issues()).extracting(Issue::pointer).contains("/meters/0/site", "/meters/6/site");
  }

  @Test
  void csv_withoutHeader_layoutPerLine() {
    String csv =
        """
        E-01,2024-03-10T00:00:00+08:00,1000
        E-01,2024-03-10T00:10:00+08:00,1010,fault
        RA-1,2024-03-10T00:00:00Z,3000,0.4
        RA-1,2024-03-10T00:01:00Z,3000,0.5,calibrating
        """;
    Result<List<Reading>> r = ReadingsReader.read(bytes(csv), "r.csv", registry());
    assertThat(r.issues()).isEmpty();
    List<Reading> list = ((Result.Ok<List<Reading>>) r).value();
    assertThat(list).hasSize(4);
    assertThat(list.get(1).status()).isEqualTo(Status.FAULT);
    assertThat(list.get(2).isPair()).isTrue();
    assertThat(list.get(3).concentration()).isEqualTo(0.5);
    assertThat(list.get(3).status()).isEqualTo(Status.CALIBRATING);
  }

  @Test
  void jsonLines_pairWithConditions_andWrongShapeReported() {
    String jl =
        """
        {"meter":"DR-1","time":"2024-03-10T00:00:00+08:00","flow":50,"concentration":40,"conditions":{"temperature":25,"pressure":95}}
        {"meter":"DR-1","time":"2024-03-10T00:01:00+08:00","value":3}
        {"meter":"E-NET","time":"2024-03-10T00:01:00+08:00","value":3}
        """;
    Result<List<Reading>> r = ReadingsReader.read(bytes(jl), "r.jsonl", registry());
    assertThat(r.issues())
        .extracting(i -> i.location() + ": " + i.pointer())
        .containsExactly("r.jsonl:2: flow", "r.jsonl:3: meter");
  }

  @Test
  void writer_rowsCarryInventoryFieldsAndCompletenessAndEstimated() {
    // E-01 100 → 125 × 40 = 1000 kWh = 1 MWh in 10 min
    List<Reading> readings =
        List.of(
            Reading.value("E-01", Instant.parse("2024-03-10T00:00:00Z"), 100),
            Reading.value("E-01", Instant.parse("2024-03-10T00:10:00Z"), 125),
            Reading.value("E-TENANT", Instant.parse("2024-03-10T00:00:00Z"), 0),
            Reading.value("E-TENANT", Instant.parse("2024-03-10T00:10:00Z"), 0));
    MeterReport report =
        MeterRows.compute(registry(), readings, y -> true, Instant.parse("2030-01-01T00:00:00Z"));
    JsonNode json = MeterRowsWriter.json(report);
    assertThat(json.get("format").stringValue()).isEqualTo("minecarbon/meter-rows@1");
    JsonNode row = json.get("rows").get(0);
    assertThat(row.get("id").stringValue()).isEqualTo("meter:E-NET:2024-03");
    assertThat(row.get("source").stringValue()).isEqualTo("electricity");
    assertThat(row.get("quantity").doubleValue()).isCloseTo(1.0, within(1e-12));
    assertThat(row.get("grid")).isNull(); // the virtual meter sets no row fields of its own
    assertThat(row.get("completeness").doubleValue())
        .isCloseTo(600.0 / (31 * 86400), within(1e-15));
    assertThat(json.get("completeness").get("RA-1").get("2024-03").doubleValue()).isZero();
  }

  @Test
  void writer_rowsInsideAnInventoryDocument_readAndValidate() throws Exception {
    // the JSON rows, pasted into an inventory document, are accepted by the reader + validator
    List<Reading> readings =
        List.of(
            Reading.value("E-01", Instant.parse("2024-03-10T00:00:00Z"), 100),
            Reading.value("E-01", Instant.parse("2024-03-10T00:10:00Z"), 125),
            Reading.value("E-TENANT", Instant.parse("2024-03-10T00:00:00Z"), 0),
            Reading.value("E-TENANT", Instant.parse("2024-03-10T00:10:00Z"), 0),
            Reading.value("D-01", Instant.parse("2024-03-10T00:00:00Z"), 0),
            Reading.value("D-01", Instant.parse("2024-03-10T00:10:00Z"), 40),
            Reading.pair("RA-1", Instant.parse("2024-03-10T00:00:00Z"), 3000, 0.4),
            Reading.pair("RA-1", Instant.parse("2024-03-10T00:01:00Z"), 3000, 0.4),
            Reading.pair("UT-1", Instant.parse("2024-03-10T00:00:00Z"), 30, 40),
            Reading.pair("UT-1", Instant.parse("2024-03-10T00:01:00Z"), 30, 40));
    MeterReport report =
        MeterRows.compute(registry(), readings, y -> true, Instant.parse("2030-01-01T00:00:00Z"));
    String doc =
        """
        {"format": "minecarbon/inventory@1", "enterprise": {"name": "t", "province": "山西"},
         "sites": [{"id": "north", "mineType": "underground", "commodity": "coal", "province": "山西"}],
         "activities": %s}
        """
            .formatted(MeterRowsWriter.json(report).get("rows").toString());
    Result<org.minecarbon.core.inventory.Inventory> inv =
        org.minecarbon.io.Documents.load(
            new java.io.ByteArrayInputStream(bytes(doc)),
            "inv.json",
            org.minecarbon.core.factor.FactorLibrary.builtIn());
    assertThat(inv.issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(((Result.Ok<org.minecarbon.core.inventory.Inventory>) inv).value().activities())
        .hasSize(3);
  }
}
