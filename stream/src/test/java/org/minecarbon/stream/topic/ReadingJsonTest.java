package org.minecarbon.stream.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.Mode;

class ReadingJsonTest {
  static final MeterRegistry REG =
      new MeterRegistry(
          ZoneId.of("Asia/Shanghai"),
          List.of(
              Meter.of("E-01", "north", MeterKind.ELECTRICITY, Mode.COUNTER, "kWh"),
              Meter.of("RA-1", "north", MeterKind.VENTILATION_CH4, Mode.RATE, "m3/min")));

  @Test
  void write_pairWithStatusAndConditions_readsBackEqual() {
    Reading r =
        Reading.pair("RA-1", Instant.parse("2024-03-01T00:15:00Z"), 3200, 0.42)
            .withStatus(Status.CALIBRATING)
            .withConditions(new Conditions(20, 101.325));
    Inbound in = ReadingDeserializer.parse(ReadingJson.bytes(r), "t-0@1", REG);
    assertThat(in.reading()).isEqualTo(r);
  }

  @Test
  void write_counterValue_isTheContractLine() {
    Reading r = Reading.value("E-01", Instant.parse("2024-03-01T00:15:00Z"), 998094.8);
    assertThat(ReadingJson.write(r))
        .isEqualTo("{\"meter\":\"E-01\",\"time\":\"2024-03-01T00:15:00Z\",\"value\":998094.8}");
  }

  @Test
  void parse_unknownMeterAndMissingTime_deadLetterListsEveryProblem() {
    Inbound in =
        ReadingDeserializer.parse(
            "{\"meter\":\"X\",\"value\":1}".getBytes(StandardCharsets.UTF_8), "t-2@7", REG);
    assertThat(in.reading()).isNull();
    assertThat(in.where()).isEqualTo("t-2@7");
    assertThat(in.problems()).contains("t-2@7.jsonl:1").contains("time");
  }
}
